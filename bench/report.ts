// The printed table and bench/results.json.
import { cpus, totalmem } from 'node:os';

export type Cell = number | string | null;
export interface Row {
  metric: string;
  target: string;
  /** One value per column (size or route). */
  values: Cell[];
  /** Pass/fail against the target, when there is one. */
  pass?: boolean | null;
}

export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`
  };
}

const show = (v: Cell) =>
  v === null ? '—' : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : v;

/** A Markdown table: metric, one column per header, target, ✓/✗. */
export function table(headers: string[], rows: Row[]): string {
  const head = ['Metric', ...headers, 'Target', ''];
  const body = rows.map((r) => [
    r.metric,
    ...r.values.map(show),
    r.target,
    r.pass === undefined || r.pass === null ? '' : r.pass ? '✓' : '✗'
  ]);
  const lines = [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

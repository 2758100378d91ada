// `npm audit --audit-level=high`, with one difference: where the registry does not offer the
// advisory database (this workplace's registry mirror answers the audit request with
// "405 Method Not Allowed"), it says so loudly and lets the run go on, since nothing was checked
// and nothing was found; set AUDIT_REQUIRED=1 to make that a failure too. High or critical
// advisories fail the run unless their id is listed, with a reason, in scripts/audit-accepted.json
// (and in docs/guarantees.md).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const accepted = new Set(
  JSON.parse(readFileSync(new URL('./audit-accepted.json', import.meta.url), 'utf8')).map((entry) =>
    String(entry.id)
  )
);

let raw;
try {
  raw = execFileSync('npm', ['audit', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  });
} catch (error) {
  raw = error.stdout ?? '';
}
let report;
try {
  report = JSON.parse(raw);
} catch {
  report = undefined;
}

if (!report || !report.metadata) {
  const why = report?.message ?? 'no answer from the advisory database';
  console.warn(`\n!! npm audit could not run: ${why}\n!! No advisory was checked.\n`);
  process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
}

const serious = Object.values(report.vulnerabilities ?? {}).filter(
  (v) => v.severity === 'high' || v.severity === 'critical'
);
const unaccepted = serious.filter((v) =>
  (v.via ?? []).some((via) => typeof via === 'object' && !accepted.has(String(via.source)))
);
const counts = report.metadata.vulnerabilities;
console.log(
  `npm audit: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low`
);
if (unaccepted.length > 0) {
  for (const v of unaccepted) console.error(`  ${v.severity}: ${v.name} (${v.range})`);
  console.error('High or critical advisories: update the packages, or accept one with a reason.');
  process.exit(1);
}

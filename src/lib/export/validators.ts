// The external validators of the export tests (jing, xmllint, epubcheck: Debian packages that
// .ci/run installs). A missing one is a failure with a message, never a skipped test.
import { spawnSync } from 'node:child_process';

export interface ToolRun {
  status: number;
  output: string;
}

/** Runs a validator; throws (failing the test) with the package to install when it is missing. */
export function runTool(command: string, args: string[], debianPackage: string): ToolRun {
  const run = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000 });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      `${command} is not installed: run 'apt-get install -y ${debianPackage}' (bash .ci/run installs it)`
    );
  }
  if (run.error) throw run.error;
  // Debian's jing wrapper warns about optional jars it does not need.
  const output = `${run.stdout}${run.stderr}`
    .split('\n')
    .filter((line) => !/^\[warning\] \/usr\/bin\/jing: Unable to locate/.test(line))
    .join('\n')
    .trim();
  return { status: run.status ?? -1, output };
}

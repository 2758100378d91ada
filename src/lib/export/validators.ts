// The external validators of the export tests (jing, xmllint, epubcheck: Debian packages that
// .ci/run installs). A missing one is a failure with a message, never a skipped test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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

/** Debian's epubcheck is a jar (/usr/bin/epubcheck links to it): run it with java. */
export const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';

/** Runs epubcheck on one book, asynchronously so that several books are checked at once. */
export function epubcheck(file: string): Promise<ToolRun> {
  if (!existsSync(EPUBCHECK_JAR))
    throw new Error(
      `epubcheck is not installed (${EPUBCHECK_JAR}): run 'apt-get install -y epubcheck' (bash .ci/run installs it)`
    );
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', EPUBCHECK_JAR, file], {
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) =>
      reject(
        (e as NodeJS.ErrnoException).code === 'ENOENT'
          ? new Error(`java is not installed: run 'apt-get install -y epubcheck', which brings it`)
          : e
      )
    );
    child.on('close', (status) => resolve({ status: status ?? -1, output: output.trim() }));
  });
}

// Starts the importer worker on first use (its code is a separate file the build emits, fetched
// only then) and asks it to prepare a text. One worker per page, reused.
import { glossaryNamesPath } from '../data-paths.ts';
import type { GlossaryNames } from '../import/index.ts';
import type { PrepareRequest, PrepareResponse } from './prepare.ts';

let worker: Worker | undefined;
let names: Promise<GlossaryNames[]> | undefined;
let next = 0;

function glossary(): Promise<GlossaryNames[]> {
  names ??= fetch(glossaryNamesPath()).then((response) => {
    if (!response.ok) throw new Error(`glossary names: HTTP ${response.status}`);
    return response.json() as Promise<GlossaryNames[]>;
  });
  names.catch(() => (names = undefined));
  return names;
}

/** Runs the importer on the worker; rejects only when the worker itself cannot run. */
export async function prepare(fr: string, en?: string): Promise<PrepareResponse> {
  const request: PrepareRequest = { id: ++next, fr, en, glossary: await glossary() };
  worker ??= new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<PrepareResponse>) => {
      if (event.data.id !== request.id) return;
      done();
      resolve(event.data);
    };
    const onError = (event: ErrorEvent) => {
      done();
      worker = undefined;
      w.terminate();
      reject(new Error(event.message || 'the importer could not run'));
    };
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage(request);
  });
}

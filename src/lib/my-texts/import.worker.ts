// Runs the importer off the page's thread: a long text is split and aligned without freezing the
// page. Loaded only by /my-texts (new Worker(new URL(...))), so the reader never carries it.
import { formatContentError } from '../corpus/errors.ts';
import { importText, ImportError } from '../import/index.ts';
import type { PrepareRequest, PrepareResponse } from './prepare.ts';

self.onmessage = (event: MessageEvent<PrepareRequest>) => {
  const { id, fr, en, glossary } = event.data;
  let response: PrepareResponse;
  try {
    const result = importText({
      fr,
      en: en?.trim() ? en : undefined,
      glossary,
      frName: 'fr',
      enName: 'en',
      root: 'texts'
    });
    response = { id, ok: true, result };
  } catch (error) {
    response = {
      id,
      ok: false,
      errors:
        error instanceof ImportError
          ? error.errors.map((e) => formatContentError(e))
          : [String((error as Error)?.message ?? error)]
    };
  }
  self.postMessage(response);
};

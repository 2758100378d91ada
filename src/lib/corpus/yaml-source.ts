import { isAlias, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { contentError, type ContentError } from './errors.ts';
import { didYouMean } from './suggest.ts';

export type YamlResult<T> =
  { ok: true; value: T; locate: Locator } | { ok: false; errors: ContentError[] };

/** Finds where a path of keys sits in the YAML source, for errors found after validation. */
export type Locator = (
  path: readonly PropertyKey[],
  key?: boolean
) => { line: number; column: number };

/**
 * Parses a YAML file and validates it with a schema. Syntax errors carry the parser's own
 * position; schema issues carry only a path, which is turned back into the line and column of
 * the offending value (or of the nearest enclosing one when a key is missing).
 */
export function parseYaml<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S
): YamlResult<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    keepSourceTokens: true,
    uniqueKeys: true,
    prettyErrors: true
  });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        // From the error's offset in the source, not from the parser's line count: after a
        // syntax error in a block scalar the parser's own line numbers drift (found by the fuzzer).
        const pos = linePos(text, e.pos[0]);
        const message = firstLine(e.message).replace(/ at line \d+, column \d+:?$/, '');
        return contentError(file, pos.line, pos.col, `YAML: ${message}`);
      })
    };
  }
  const unsafe = unsafeNodes(file, text, doc, lineCounter);
  if (unsafe.length > 0) return { ok: false, errors: unsafe };
  const locate = makeLocator(doc, lineCounter);
  let input: unknown;
  try {
    input = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // The parser's guard against an alias bomb ("billion laughs"): located at the first alias.
    if (!(e instanceof ReferenceError)) throw e;
    let at = { line: 1, col: 1 };
    visit(doc, {
      Alias(_, alias) {
        if (alias.range) at = lineCounter.linePos(alias.range[0]);
        return visit.BREAK;
      }
    });
    return {
      ok: false,
      errors: [
        contentError(file, at.line, at.col, 'YAML: too many aliases (*name): write the values out')
      ]
    };
  }
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data, locate };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      let path = issue.path;
      let key = false;
      if (issue.code === 'unrecognized_keys') {
        path = [...issue.path, issue.keys[0]!];
        key = true;
      } else if (issue.code === 'invalid_key') {
        key = true;
      }
      const { line, column } = locate(path, key);
      return contentError(
        file,
        line,
        column,
        describeIssue(issue, valueAt(input, issue.path), schema)
      );
    })
  };
}

/**
 * What YAML allows and these files do not: explicit tags (`!!js/function`, `!custom`, `!!set`),
 * which the parser would keep as plain values or turn into other types; and keys named
 * `__proto__`, which in a JavaScript object set its prototype instead of adding a field, so the
 * entry or term they name would vanish without a word.
 */
function unsafeNodes(
  file: string,
  text: string,
  doc: Document,
  lineCounter: LineCounter
): ContentError[] {
  const errors: ContentError[] = [];
  visit(doc, {
    Node(_, node) {
      if (isAlias(node) || !node.tag || !node.range) return;
      // The tag is written just before the value it applies to.
      let offset = text.lastIndexOf('!', node.range[0]);
      if (offset === -1) offset = node.range[0];
      while (offset > 0 && !/[\s,[{]/.test(text[offset - 1]!)) offset -= 1;
      const written = /^!\S*/.exec(text.slice(offset, offset + 200))?.[0] ?? node.tag;
      const pos = lineCounter.linePos(offset);
      errors.push(
        contentError(
          file,
          pos.line,
          pos.col,
          `YAML: the tag '${written}' is not allowed: write the value as plain text`
        )
      );
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__' && pair.key.range) {
        const pos = lineCounter.linePos(pair.key.range[0]);
        errors.push(
          contentError(file, pos.line, pos.col, "'__proto__' cannot be a key: choose another name")
        );
      }
    }
  });
  return errors;
}

function makeLocator(doc: Document, lineCounter: LineCounter): Locator {
  return (path, key = false) => {
    for (let n = path.length; n >= 0; n -= 1) {
      const sub = path.slice(0, n) as unknown[];
      const target = key && n === path.length ? keyNode(doc, sub) : doc.getIn(sub, true);
      if (isNode(target) && target.range) {
        const pos = lineCounter.linePos(target.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };
}

function keyNode(doc: Document, path: unknown[]) {
  const parent = doc.getIn(path.slice(0, -1), true) as { items?: { key: unknown }[] } | undefined;
  const name = path[path.length - 1];
  return parent?.items?.find(
    (pair) => isNode(pair.key) && (pair.key as { value?: unknown }).value === name
  )?.key;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown, schema: z.ZodType): string {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    const hint =
      issue.keys.length === 1 ? didYouMean(issue.keys[0]!, knownKeys(schema, issue.path)) : '';
    return `${where}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}${hint ? `: ${hint.trimEnd()}` : ''}`;
  }
  if (issue.code === 'invalid_key') {
    return `'${String(issue.path[issue.path.length - 1])}' is not a valid id: use lowercase letters, digits and single hyphens`;
  }
  if (value === undefined && issue.code !== 'custom' && issue.path.length > 0) {
    return `'${issue.path.join('.')}' is required`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `${where}must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
  }
  return `${where}${issue.message}`;
}

/** Zod's own description of a schema (v4), enough to walk to the fields an object allows. */
interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  innerType?: { _zod: { def: SchemaDef } };
  in?: { _zod: { def: SchemaDef } };
  element?: { _zod: { def: SchemaDef } };
  valueType?: { _zod: { def: SchemaDef } };
  options?: { _zod: { def: SchemaDef } }[];
}

/** The field names the schema allows in the object at `path`, for "did you mean". */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let defs: SchemaDef[] = [(schema as unknown as { _zod: { def: SchemaDef } })._zod.def];
  const unwrap = (def: SchemaDef): SchemaDef[] => {
    const inner = def.innerType ?? def.in;
    if (inner) return unwrap(inner._zod.def);
    if (def.options) return def.options.flatMap((o) => unwrap(o._zod.def));
    return [def];
  };
  for (const key of path) {
    defs = defs.flatMap(unwrap).flatMap((def) => {
      if (def.type === 'array' && def.element && typeof key === 'number')
        return [def.element._zod.def];
      if (def.type === 'record' && def.valueType) return [def.valueType._zod.def];
      const field =
        def.shape && typeof key === 'string' && Object.hasOwn(def.shape, key)
          ? def.shape[key]
          : undefined;
      return field ? [field._zod.def] : [];
    });
  }
  return defs.flatMap(unwrap).flatMap((def) => (def.shape ? Object.keys(def.shape) : []));
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** 1-based line and column (in UTF-16 units, as everywhere else) of an offset into `text`. */
function linePos(text: string, offset: number): { line: number; col: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, col: at - start + 1 };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!;
}

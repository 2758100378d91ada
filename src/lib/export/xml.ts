// XML text for the exports (TEI, EPUB): everything authored goes through these functions, so no
// authored character ever becomes markup. Framework-free, like the corpus module.

/**
 * Characters XML 1.0 cannot carry at all, not even as a character reference: C0 controls other
 * than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. The checker lets
 * them through (they are valid UTF-8), so the exports write U+FFFD in their place.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Character data: `&`, `<` and `>` (the last so that `]]>` never appears). */
export function escapeText(value: string): string {
  return value
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * An attribute value in double quotes: also `"`, and tab, line feed and carriage return as
 * character references, which attribute-value normalization would otherwise turn into spaces.
 */
export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

export type Attrs = Record<string, string | undefined | false>;

/** ` name="value"` for each attribute that has a value, in the order given. */
export function attrs(values: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += ` ${name}="${escapeAttr(value)}"`;
  }
  return out;
}

/** `<name attrs>content</name>`, content already escaped; `<name attrs/>` when it is empty. */
export function el(name: string, attributes: Attrs, content = ''): string {
  return content === ''
    ? `<${name}${attrs(attributes)}/>`
    : `<${name}${attrs(attributes)}>${content}</${name}>`;
}

/** An element holding authored text, escaped. */
export function textEl(name: string, attributes: Attrs, text: string): string {
  return el(name, attributes, escapeText(text));
}

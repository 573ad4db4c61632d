/**
 * Escaping for every markup export. Text comes from op-eds and from users: quotes, ampersands, angle brackets
 * and stray control characters (pasted from PDFs) must never break the file or inject markup.
 */

// XML 1.0 allows tab, line feed and carriage return among the C0 controls, and no lone surrogates.
const NOT_XML_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text for XML and HTML, in element content and in quoted attribute values alike. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** JSON inside a <script> element: "</script>" and "<!--" in the data must not end or confuse the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

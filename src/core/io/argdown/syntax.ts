/**
 * Writing text that Argdown's lexer reads back as the same words. Argdown gives meaning to many characters inside
 * a statement ([title], <argument>, #tag, @mention, *emphasis*, _emphasis_, {data}, // comments, .name. and
 * :name: special characters); a backslash makes any of them plain text again.
 */
export function argdownText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\@#*_[\]<>{}/]/g, (c) => `\\${c}`)
    .replace(/([.:])(?=\S)/g, "\\$1");
}

/** A tag as `#(…)`: the parenthesised form allows spaces; a ")" would end it, so it is left out. */
export function argdownTag(tag: string): string {
  return `#(${tag.replace(/\)/g, "").replace(/\s+/g, " ").trim()})`;
}

/**
 * A YAML double-quoted string for `{…}` data and front matter. JSON's escapes are YAML's; braces and "=" are
 * written as \u escapes too, because Argdown's lexer finds the end of data and front matter by those characters.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[{}=]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Inline YAML data: `{speaker: "…", note: "…"}`, or nothing when there is none. */
export function argdownData(fields: Record<string, string | boolean | undefined>): string {
  const parts = Object.entries(fields).flatMap(([key, value]) => {
    if (value === undefined || value === false || value === "") return [];
    return [`${key}: ${typeof value === "string" ? yamlString(value) : String(value)}`];
  });
  return parts.length > 0 ? `{${parts.join(", ")}}` : "";
}

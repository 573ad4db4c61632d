/**
 * Small well-formedness checks for the markup exports, for the tests: no XML parser is a dependency of the
 * project, and the questions are narrow (does every tag close, is every & an entity, is there one root).
 * Each returns the problems found, empty when the markup is sound.
 */
const NAME = "[A-Za-z_:][-A-Za-z0-9_.:]*";
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`, "y");
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/** XML 1.0 well-formedness, for what the SVG export writes: elements, attributes, text, comments, one declaration. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  if (xml.startsWith("<?xml")) i = xml.indexOf("?>") + 2;
  while (i < xml.length && problems.length < 10) {
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i);
      if (end < 0) return [...problems, `comment at ${i} never ends`];
      i = end + 3;
    } else if (xml.startsWith("</", i)) {
      const m = new RegExp(`</(${NAME})\\s*>`, "y");
      m.lastIndex = i;
      const found = m.exec(xml);
      const expected = open.pop();
      if (!found || found[1] !== expected) problems.push(`at ${i}: closing tag does not match <${expected ?? "nothing"}>`);
      i = found ? m.lastIndex : i + 2;
    } else if (xml[i] === "<") {
      const name = new RegExp(NAME, "y");
      name.lastIndex = i + 1;
      const tag = name.exec(xml)?.[0];
      if (!tag) {
        problems.push(`at ${i}: a raw < in text`);
        i++;
        continue;
      }
      let at = name.lastIndex;
      const seen = new Set<string>();
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const attr = ATTRIBUTE.exec(xml);
        if (!attr) break;
        if (seen.has(attr[1] as string)) problems.push(`at ${at}: attribute ${attr[1]} twice on <${tag}>`);
        seen.add(attr[1] as string);
        problems.push(...entityProblems((attr[2] as string).slice(1, -1), at));
        at = ATTRIBUTE.lastIndex;
      }
      const rest = /\s*(\/?)>/y;
      rest.lastIndex = at;
      const close = rest.exec(xml);
      if (!close) {
        problems.push(`at ${at}: malformed tag <${tag}>`);
        i = at + 1;
        continue;
      }
      if (open.length === 0) roots++;
      if (close[1] !== "/") open.push(tag);
      i = rest.lastIndex;
    } else {
      const next = xml.indexOf("<", i);
      const text = xml.slice(i, next < 0 ? xml.length : next);
      if (open.length === 0 && text.trim()) problems.push(`at ${i}: text outside the root element`);
      problems.push(...entityProblems(text, i));
      i = next < 0 ? xml.length : next;
    }
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(" > ")}`);
  if (roots !== 1) problems.push(`${roots} root elements, expected 1`);
  return problems;
}

function entityProblems(text: string, offset: number): string[] {
  const problems: string[] = [];
  for (let k = text.indexOf("&"); k >= 0; k = text.indexOf("&", k + 1)) {
    ENTITY.lastIndex = k;
    if (!ENTITY.test(text)) problems.push(`at ${offset + k}: a bare & that is not an entity`);
  }
  if (text.includes(">") && text.includes("]]>")) problems.push(`at ${offset}: ]]> in text`);
  return problems;
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * Tag balance of an HTML export: every element that is not void closes, in order. The contents of <script> and
 * <style> are skipped (they are not markup), and tags inside inline <svg> may close themselves.
 */
export function htmlTagProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const body = html.replace(/<!doctype html>/i, "").replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, "");
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][-a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g)) {
    const [, closing, rawName, , selfClosing] = m;
    const name = (rawName as string).toLowerCase();
    if (closing) {
      const expected = open.pop();
      if (expected !== name) problems.push(`at ${m.index}: </${name}> closes <${expected ?? "nothing"}>`);
    } else if (!VOID.has(name) && !selfClosing) open.push(name);
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(" > ")}`);
  return problems;
}

/** The text content of every <text> element of one statement's group in an SVG export, unescaped, joined. */
export function statementText(svg: string, id: string): string {
  const start = svg.indexOf(`<g data-statement="${id}"`);
  if (start < 0) return "";
  const end = svg.indexOf("</g>", start);
  const group = svg.slice(start, end);
  return [...group.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1] as string)).join(" ");
}

export function unescapeXml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|apos);/g,
    (_m, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'" })[name] ?? "",
  );
}

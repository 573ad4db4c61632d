/**
 * A small XML reader for data files made of elements, attributes, text and CDATA (the arggraph DTD of the Potsdam
 * microtexts). Core ships no XML parser — fast-xml-parser is only in node_modules as a dependency of the Argdown
 * CLI, a development tool — and this subset is small enough to read fully and test against it.
 * Not supported, by design: namespaces (kept as part of the name), entities declared in a DTD.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (text and CDATA), concatenated. */
  text: string;
  line: number;
  column: number;
}

export type XmlRead = { ok: true; root: XmlElement } | { ok: false; message: string; line: number; column: number };

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseXml(xml: string): XmlRead {
  try {
    return { ok: true, root: new Reader(xml).document() };
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return { ok: false, message: `invalid XML: ${error.message}`, ...placeIn(lineStarts(xml), error.offset) };
  }
}

/** Offsets where lines begin, so that every element learns its line and column without rescanning the text. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function placeIn(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

class Reader {
  private at = 0;
  private readonly lines: number[];

  constructor(private readonly xml: string) {
    this.lines = lineStarts(xml);
  }

  document(): XmlElement {
    this.skipMisc();
    if (!this.xml.startsWith("<", this.at) || this.at >= this.xml.length) this.fail("expected the root element");
    const root = this.element();
    this.skipMisc();
    if (this.at < this.xml.length) this.fail("content after the root element");
    return root;
  }

  /** Whitespace, the XML declaration, processing instructions, comments and a DOCTYPE: nothing the data needs. */
  private skipMisc(): void {
    for (;;) {
      while (/\s/.test(this.xml.charAt(this.at))) this.at++;
      if (this.xml.startsWith("<?", this.at)) this.skipPast("?>", "processing instruction");
      else if (this.xml.startsWith("<!--", this.at)) this.skipPast("-->", "comment");
      else if (this.xml.startsWith("<!DOCTYPE", this.at)) this.skipDoctype();
      else return;
    }
  }

  private skipDoctype(): void {
    const subset = this.xml.indexOf("[", this.at);
    const end = this.xml.indexOf(">", this.at);
    if (subset !== -1 && subset < end) {
      this.at = subset;
      this.skipPast("]", "DOCTYPE");
    }
    this.skipPast(">", "DOCTYPE");
  }

  private skipPast(end: string, what: string): void {
    const found = this.xml.indexOf(end, this.at);
    if (found === -1) this.fail(`unclosed ${what}`);
    this.at = found + end.length;
  }

  private element(): XmlElement {
    const start = this.at;
    this.at++; // "<"
    const name = this.name();
    const attributes: Record<string, string> = {};
    for (;;) {
      ATTRIBUTE.lastIndex = this.at;
      const match = ATTRIBUTE.exec(this.xml);
      if (!match) break;
      const key = match[1] as string;
      if (key in attributes) throw new XmlSyntaxError(`attribute ${key} given twice`, this.xml.indexOf(key, this.at));
      attributes[key] = this.decode(match[3] ?? match[4] ?? "", this.at);
      this.at = ATTRIBUTE.lastIndex;
    }
    while (/\s/.test(this.xml.charAt(this.at))) this.at++;
    const element: XmlElement = { name, attributes, children: [], text: "", ...placeIn(this.lines, start) };
    if (this.xml.startsWith("/>", this.at)) {
      this.at += 2;
      return element;
    }
    if (this.xml.charAt(this.at) !== ">") this.fail(`expected ">" or an attribute in <${name}>`);
    this.at++;
    this.content(element);
    return element;
  }

  private content(element: XmlElement): void {
    for (;;) {
      const next = this.xml.indexOf("<", this.at);
      if (next === -1) this.fail(`<${element.name}> is not closed`);
      element.text += this.decode(this.xml.slice(this.at, next), this.at);
      this.at = next;
      if (this.xml.startsWith("</", this.at)) {
        const closing = this.at;
        this.at += 2;
        const name = this.name();
        if (name !== element.name) throw new XmlSyntaxError(`</${name}> closes <${element.name}>`, closing);
        while (/\s/.test(this.xml.charAt(this.at))) this.at++;
        if (this.xml.charAt(this.at) !== ">") this.fail(`expected ">" after </${name}`);
        this.at++;
        return;
      }
      if (this.xml.startsWith("<![CDATA[", this.at)) {
        const end = this.xml.indexOf("]]>", this.at);
        if (end === -1) this.fail("unclosed CDATA section");
        element.text += this.xml.slice(this.at + 9, end);
        this.at = end + 3;
      } else if (this.xml.startsWith("<!--", this.at)) this.skipPast("-->", "comment");
      else if (this.xml.startsWith("<?", this.at)) this.skipPast("?>", "processing instruction");
      else element.children.push(this.element());
    }
  }

  private name(): string {
    NAME.lastIndex = this.at;
    const match = NAME.exec(this.xml);
    if (!match) this.fail("expected a name");
    this.at = NAME.lastIndex;
    return match[0];
  }

  private decode(raw: string, offset: number): string {
    return raw.replace(/&([^;&\s]*);?/g, (whole, entity: string, index: number) => {
      if (!whole.endsWith(";")) throw new XmlSyntaxError('a bare "&" (write &amp;)', offset + index);
      if (entity in ENTITIES) return ENTITIES[entity] as string;
      const code = /^#x([0-9a-fA-F]+)$/.exec(entity)?.[1] ?? /^#([0-9]+)$/.exec(entity)?.[1];
      const point = code === undefined ? Number.NaN : Number.parseInt(code, entity.startsWith("#x") ? 16 : 10);
      if (!(point <= 0x10ffff)) throw new XmlSyntaxError(`unknown entity &${entity};`, offset + index);
      return String.fromCodePoint(point);
    });
  }

  private fail(message: string): never {
    throw new XmlSyntaxError(message, this.at);
  }
}

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parseXml, type XmlElement } from "./xml";

const DATA = fileURLToPath(new URL("../../../../../shared/data/microtexts-en/", import.meta.url));

interface Plain {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Plain[];
}

function plain(element: XmlElement): Plain {
  return { name: element.name, attributes: element.attributes, text: element.text.trim(), children: element.children.map(plain) };
}

type Ordered = Record<string, unknown>;

/** fast-xml-parser's ordered output in the same shape, to compare the two readers element by element. */
function fromReference(node: Ordered): Plain {
  const name = Object.keys(node).find((k) => k !== ":@") as string;
  const content = node[name] as Ordered[];
  return {
    name,
    attributes: (node[":@"] as Record<string, string> | undefined) ?? {},
    text: content
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join("")
      .trim(),
    children: content.filter((c) => !("#text" in c)).map(fromReference),
  };
}

describe("the XML reader", () => {
  const reference = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    trimValues: false,
    ignoreDeclaration: true,
  });

  it("reads all 112 microtext files exactly as fast-xml-parser does", () => {
    const files = readdirSync(DATA).filter((f) => f.endsWith(".xml"));
    expect(files).toHaveLength(112);
    for (const file of files) {
      const xml = readFileSync(DATA + file, "utf8");
      const read = parseXml(xml);
      if (!read.ok) throw new Error(`${file}: ${read.message}`);
      const expected = (reference.parse(xml) as Ordered[]).map(fromReference);
      expect([plain(read.root)], file).toEqual(expected);
    }
  });

  it("decodes entities in text and attributes, keeps CDATA as it is, skips comments and a DOCTYPE", () => {
    const read = parseXml(
      '<?xml version="1.0"?>\n<!DOCTYPE a [ <!ELEMENT a ANY> ]>\n<!-- c -->\n<a x="1 &lt; 2" y=\'&#x41;&#66;\'>T &amp; U<![CDATA[ <&> ]]><b/><!-- d --></a>\n',
    );
    expect(read.ok && plain(read.root)).toEqual({
      name: "a",
      attributes: { x: "1 < 2", y: "AB" },
      text: "T & U <&>",
      children: [{ name: "b", attributes: {}, text: "", children: [] }],
    });
  });

  it("gives each element its line and column", () => {
    const read = parseXml("<a>\n  <b/>\n    <c></c></a>");
    expect(read.ok && read.root.children.map((c) => [c.name, c.line, c.column])).toEqual([
      ["b", 2, 3],
      ["c", 3, 5],
    ]);
  });

  it.each([
    ["<a><b></a>", "</a> closes <b>", 1, 7],
    ["<a>\n<b>", "<b> is not closed", 2, 4],
    ['<a x="1" x="2"/>', "attribute x given twice", 1, 10],
    ["<a>fish & chips</a>", 'a bare "&"', 1, 9],
    ["<a>&nbsp;</a>", "unknown entity &nbsp;", 1, 4],
    ["<a/><b/>", "content after the root element", 1, 5],
    ["", "expected the root element", 1, 1],
    ["<a x=1/>", 'expected ">" or an attribute in <a>', 1, 4],
  ])("refuses %j: %s at %i:%i", (xml, message, line, column) => {
    const read = parseXml(xml);
    expect(read).toMatchObject({ ok: false, line, column });
    if (!read.ok) expect(read.message).toContain(message);
  });
});

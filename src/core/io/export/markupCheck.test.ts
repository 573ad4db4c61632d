import { describe, expect, it } from "vitest";
import { htmlTagProblems, statementText, xmlProblems } from "./markupCheck";

describe("the markup checks the export tests rely on", () => {
  it("accept sound XML", () => {
    expect(xmlProblems('<?xml version="1.0"?>\n<svg a="1 &amp; 2"><g><text>x &lt; y</text></g><rect/></svg>\n')).toEqual([]);
  });

  it("find an unclosed or crossed element, a bare &, a raw <, a repeated attribute and two roots", () => {
    expect(xmlProblems("<svg><g></svg>")).not.toEqual([]);
    expect(xmlProblems("<svg><g><text></g></text></svg>")).not.toEqual([]);
    expect(xmlProblems("<svg><text>Tom & Jerry</text></svg>")).not.toEqual([]);
    expect(xmlProblems('<svg><text a="x & y">t</text></svg>')).not.toEqual([]);
    expect(xmlProblems("<svg><text>a < b</text></svg>")).not.toEqual([]);
    expect(xmlProblems('<svg a="1" a="2"/>')).not.toEqual([]);
    expect(xmlProblems("<svg/><svg/>")).not.toEqual([]);
  });

  it("check HTML tag balance, knowing void elements and skipping scripts", () => {
    expect(
      htmlTagProblems(
        '<!doctype html><html><head><meta charset="utf-8"><script>if (a < b) "</p>";</script></head><body><p>x<br></p></body></html>',
      ),
    ).toEqual([]);
    expect(htmlTagProblems("<html><body><p><mark>x</p></mark></body></html>")).not.toEqual([]);
    expect(htmlTagProblems("<html><body><div>")).not.toEqual([]);
  });

  it("read a statement's text back from an SVG, unescaped", () => {
    expect(statementText('<g data-statement="s1"><text>a &amp; b</text><text>&lt;c&gt;</text></g>', "s1")).toBe("a & b <c>");
  });
});

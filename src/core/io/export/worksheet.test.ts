import { describe, expect, it } from "vitest";
import { readBundledWorkspace } from "../../../../mapping/bundledWorkspace";
import { exportExampleMap } from "./example";
import { htmlTagProblems } from "./markupCheck";
import { buildOutline } from "./outline";
import { chooseBlanks, renderWorksheet } from "./worksheet";

const parts = (html: string) => {
  const key = html.indexOf('<section class="answers">');
  return { sheet: html.slice(0, key), key: html.slice(key) };
};

describe("renderWorksheet", () => {
  it("blanks the chosen statements in the outline and gives their wording in the answer key, numbered in reading order", () => {
    const html = renderWorksheet(exportExampleMap(), { blank: ["s6", "s2"] });
    const { sheet, key } = parts(html);
    expect(sheet).not.toContain("De VS zijn geen vanzelfsprekende bondgenoot meer");
    expect(sheet).not.toContain("Een oorlog kost méér");
    expect(sheet).toContain("<b>1.</b> ______");
    expect(sheet).toContain("<b>2.</b> ______");
    expect(key).toContain(
      '<li value="1">De VS zijn geen vanzelfsprekende bondgenoot meer</li><li value="2">Een oorlog kost méér dan defensie &amp; diplomatie samen</li>',
    );
    expect(sheet).toContain("Europa moet nú zelf zorgen voor zijn veiligheid");
  });

  it("says what a blanked statement does where it stands: its relation to what it argues for or against", () => {
    const { sheet } = parts(renderWorksheet(exportExampleMap(), { blank: ["s6"] }));
    expect(sheet).toMatch(/<span class="relation">Weerlegging:<\/span> <span class="blank"><b>1\.<\/b>/);
    expect(sheet).toContain('<span class="relation">Reden (samen):</span>');
  });

  it("never shows a role beside a relation, which would contradict it where a statement serves twice", () => {
    // On every bundled map: a statement's role is one for the map, its relation is where it stands, and one
    // premise of trump-belt-poetin also objects to another reason ("Objection: premise" before).
    for (const map of Object.values(readBundledWorkspace().maps)) {
      const { sheet } = parts(renderWorksheet(map, { blank: "auto" }));
      expect(sheet, map.id).not.toMatch(/<span class="relation">[^<]*<\/span> <span class="role role-(?!implicit)/);
      const central = map.statements.find((s) => s.central);
      if (central) expect(sheet, map.id).toMatch(/<span class="role role-thesis">/);
    }
  });

  it("leaves the answer key out of the students' copy, blanks and all else the same", () => {
    const withKey = renderWorksheet(exportExampleMap(), { blank: ["s6", "s2"] });
    const copy = renderWorksheet(exportExampleMap(), { blank: ["s6", "s2"], answerKey: false });
    expect(copy).not.toContain('<section class="answers">');
    expect(copy).not.toContain("De VS zijn geen vanzelfsprekende bondgenoot meer");
    expect(copy).toBe(withKey.slice(0, withKey.indexOf('<section class="answers">')) + copy.slice(copy.indexOf("</body>")));
    expect(htmlTagProblems(copy)).toEqual([]);
  });

  it("puts the answer key on a page of its own when printed, and is balanced HTML", () => {
    const html = renderWorksheet(exportExampleMap(), { blank: "auto" });
    expect(html).toMatch(/@media print \{\n(?:.*\n)*?\s*\.answers \{ break-before: page;/);
    expect(htmlTagProblems(html)).toEqual([]);
    expect(html).not.toMatch(/https?:\/\/|\ssrc=|\shref=/);
  });

  it("auto: blanks about a third, premises and rebuttals first, never the central claim", () => {
    const map = exportExampleMap();
    const blanks = chooseBlanks(buildOutline(map));
    expect(blanks).toHaveLength(Math.round(map.statements.length / 3));
    expect(blanks).not.toContain("s1");
    const roles = new Map([
      ["s2", "premise"],
      ["s3", "premise"],
      ["s4", "premise"],
      ["s6", "rebuttal"],
      ["s8", "rebuttal"],
    ]);
    for (const id of blanks) expect(roles.has(id), id).toBe(true);
  });

  it("auto on a map of only a central claim and a counterclaim blanks the counterclaim, not the claim", () => {
    const map = exportExampleMap();
    const small = {
      ...map,
      statements: map.statements.filter((s) => ["s1", "s5"].includes(s.id)),
      inferences: map.inferences.filter((i) => i.id === "i3"),
    };
    expect(chooseBlanks(buildOutline(small))).toEqual(["s5"]);
  });

  it("ignores ids that are not statements of the map", () => {
    const { key } = parts(renderWorksheet(exportExampleMap(), { blank: ["s99", "i1"] }));
    expect(key).toContain("<ol></ol>");
  });
});

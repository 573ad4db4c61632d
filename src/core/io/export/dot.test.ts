import { describe, expect, it } from "vitest";
import { updateStatement } from "../../commands/updateStatement";
import { quote, renderDot } from "./dot";
import { exportExampleMap } from "./example";
import { COLOUR_PALETTE } from "./palette";

/** A DOT graph's statements, with quoted strings taken as single tokens: catches an unescaped quote or brace. */
function dotStatements(dot: string): string[] {
  const body = /^digraph "(?:[^"\\]|\\.)*" \{\n([\s\S]*)\n\}\n$/.exec(dot)?.[1];
  if (body === undefined) throw new Error("not a digraph");
  const masked = body.replace(/"(?:[^"\\\n]|\\.)*"/g, "Q");
  if (/["{}]/.test(masked)) throw new Error(`stray quote or brace: ${masked}`);
  return masked.split("\n").map((l) => l.trim());
}

describe("renderDot", () => {
  it("is a digraph of one statement per line, every string closed", () => {
    const lines = dotStatements(renderDot(exportExampleMap()));
    for (const line of lines) expect(line).toMatch(/^(graph|node|edge) \[.*\];$|^Q \[.*\];$|^Q -> Q \[.*\];$/);
  });

  it("colours statements by role and draws inferences as points", () => {
    const dot = renderDot(exportExampleMap());
    expect(dot).toContain(
      `"s1" [label="stelling\\nEuropa moet nú zelf zorgen voor\\nzijn veiligheid", style="rounded,filled", fillcolor="${COLOUR_PALETTE.roles.thesis.fill}", color="${COLOUR_PALETTE.roles.thesis.stroke}"`,
    );
    expect(dot).toContain(`color="${COLOUR_PALETTE.roles.counterclaim.stroke}"`);
    expect(dot).toMatch(/"s4" \[label="premisse · impliciet\\n[^"]*", style="rounded,filled,dashed"/);
    expect(dot).toMatch(/"i1" \[shape=point/);
    expect(dot).toContain('"s2" -> "i1" [arrowhead=none');
    expect(dot).toContain('"i1" -> "s1" [');
    expect(dot).toMatch(/"i5" -> "i1" \[color="#c62828"\]/);
  });

  it("escapes quotes, backslashes and line breaks in wording", () => {
    const edit = updateStatement(exportExampleMap(), "s2", { text: 'Hij zei: "C:\\pad\\n" {x}' });
    if (!edit.ok) throw new Error(edit.problem);
    const dot = renderDot(edit.map);
    expect(() => dotStatements(dot)).not.toThrow();
    expect(dot).toContain('Hij zei: \\"C:\\\\pad\\\\n\\" {x}');
    expect(quote("a\nb\u0007")).toBe('"a\\nb "');
  });
});

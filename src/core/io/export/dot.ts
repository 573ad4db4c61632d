import { analyseRoles } from "../../analysis/roles";
import { NODE_PADDING, NODE_WIDTH, wrapText } from "../../layout/measure";
import type { ArgumentMap } from "../../model/map";
import { FONT_FAMILY } from "./font";
import { labelsFor, titleOf } from "./labels";
import { paletteFor } from "./palette";
import { selectStatements } from "./selection";

export interface DotOptions {
  selection?: readonly string[];
  greyscale?: boolean;
}

/**
 * The map as a Graphviz graph, for people who lay out and restyle diagrams themselves: statements as rounded
 * boxes coloured by role (label line and wording as on the canvas), inferences as points, edges from premises
 * through the inference to its conclusion. Drawn bottom-up like the app: conclusions above their reasons.
 */
export function renderDot(whole: ArgumentMap, options: DotOptions = {}): string {
  const { roles } = analyseRoles(whole);
  const labels = labelsFor(whole);
  const palette = paletteFor(options.greyscale ?? false);
  const map = selectStatements(whole, options.selection);
  const lines = [
    `digraph ${quote(map.id)} {`,
    `  graph [rankdir=BT, label=${quote(titleOf(map))}, labelloc=t, fontname=${quote(FONT_FAMILY)}, fontsize=16, nodesep=0.35, ranksep=0.45];`,
    `  node [shape=box, style="rounded,filled", fontname=${quote(FONT_FAMILY)}, fontsize=11, margin="0.15,0.08"];`,
    `  edge [arrowsize=0.7, penwidth=1.2];`,
  ];
  for (const s of map.statements) {
    const role = roles.get(s.id) ?? "unconnected";
    const style = palette.roles[role];
    const implicit = s.anchors.length === 0;
    const head = [labels.roles[role], implicit ? labels.implicit : "", s.speaker?.trim() ?? ""].filter(Boolean).join(" · ");
    const text = [head, ...wrapText(s.text || " ", NODE_WIDTH - 2 * NODE_PADDING)].join("\n");
    const dashed = (implicit && palette.implicitDash) || style.dash ? ",dashed" : "";
    const fill = implicit && palette.implicitFill ? palette.implicitFill : style.fill;
    lines.push(
      `  ${quote(s.id)} [label=${quote(text)}, style="rounded,filled${dashed}", fillcolor=${quote(fill)}, color=${quote(style.stroke)}, penwidth=${style.strokeWidth}];`,
    );
  }
  for (const inf of map.inferences) {
    const colour = inf.kind === "attack" ? palette.attack : palette.support;
    const dash = inf.kind === "attack" && palette.attackDash ? ", style=dashed" : "";
    lines.push(`  ${quote(inf.id)} [shape=point, width=0.11, color=${quote(colour)}, fillcolor=${quote(colour)}];`);
    for (const p of inf.premises) lines.push(`  ${quote(p)} -> ${quote(inf.id)} [arrowhead=none, color=${quote(colour)}${dash}];`);
    lines.push(`  ${quote(inf.id)} -> ${quote(inf.target)} [color=${quote(colour)}${dash}];`);
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/**
 * A DOT double-quoted string. Backslashes are doubled so that the text's own never start an escape; a line break
 * becomes DOT's centred line break (\n); other control characters become spaces.
 */
export function quote(text: string): string {
  const escaped = text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\r?\n/g, "\\n")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
    .replace(/[\u0000-\u001f\u007f]/g, " ");
  return `"${escaped}"`;
}

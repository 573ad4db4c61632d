/** Exports for teaching: pure functions from a map (and its text) to a file's content. */

export { type DotOptions, renderDot } from "./dot";
export { escapeXml } from "./escape";
export { EXPORT_EXAMPLE_TEXT, exportExampleMap } from "./example";
export { withExportLayout } from "./exportLayout";
export { type EmbeddedFont, FONT_FAMILY, FONT_STACK } from "./font";
export { type HandoutOptions, handoutHtml, handoutMarkdown, NO_POSITION_SYMBOL, opEdLabel, STANCE_SYMBOLS } from "./handout";
export {
  type CellStance,
  HANDOUT_LABELS,
  type HandoutCell,
  type HandoutData,
  type HandoutIssue,
  type HandoutKey,
  type HandoutLabels,
  type HandoutLink,
  type HandoutMaps,
  type HandoutOpEd,
  type HandoutSide,
  type HandoutStatement,
  handoutData,
  type StatementLine,
  type StatementLineKind,
} from "./handoutData";
export { type HtmlViewerOptions, renderHtmlViewer } from "./html";
export { bylineOf, EXPORT_LABELS, type ExportLabels, type ExportLanguage, exportLanguage, labelsFor, titleOf } from "./labels";
export { renderMarkdownOutline } from "./markdown";
export { buildOutline, type Outline, type OutlineArgument, type OutlineClaim, type Relation } from "./outline";
export { COLOUR_PALETTE, GREYSCALE_PALETTE, type Palette, paletteFor, type RoleStyle } from "./palette";
export { selectStatements } from "./selection";
export { renderLegendSvg, renderMapSvg, type SvgOptions } from "./svg";
export { chooseBlanks, renderWorksheet, type WorksheetOptions } from "./worksheet";

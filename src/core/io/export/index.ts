/** Exports for teaching: pure functions from a map (and its text) to a file's content. */
export { escapeXml } from "./escape";
export { withExportLayout } from "./exportLayout";
export { type EmbeddedFont, FONT_FAMILY, FONT_STACK } from "./font";
export { EXPORT_LABELS, type ExportLabels, type ExportLanguage, exportLanguage } from "./labels";
export { COLOUR_PALETTE, GREYSCALE_PALETTE, type Palette, paletteFor, type RoleStyle } from "./palette";
export { selectStatements } from "./selection";
export { renderLegendSvg, renderMapSvg, type SvgOptions } from "./svg";

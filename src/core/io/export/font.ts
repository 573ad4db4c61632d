/**
 * The export font. Every export names Noto Sans first (the font in assets/fonts, which PNG and PDF load from
 * file), then common sans-serifs, so an SVG or HTML file opened elsewhere still reads well without it.
 */
export const FONT_FAMILY = "Noto Sans";
export const FONT_STACK = "'Noto Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";

/** Font files to embed in an SVG or HTML export, as base64; core cannot read files, the caller supplies them. */
export interface EmbeddedFont {
  family: string;
  regular: string;
  bold?: string;
}

/** @font-face rules with the fonts as data: URIs, so the file needs nothing from outside. */
export function fontFaceCss(font: EmbeddedFont): string {
  const face = (weight: number, base64: string) =>
    `@font-face{font-family:'${font.family.replace(/[^\w -]/g, "")}';font-style:normal;font-weight:${weight};src:url(data:font/ttf;base64,${base64.replace(/[^A-Za-z0-9+/=]/g, "")}) format('truetype')}`;
  return [face(400, font.regular), font.bold ? face(700, font.bold) : ""].join("");
}

import { Resvg } from "@resvg/resvg-js";
import { exportFontFiles, type FontFiles } from "./fonts";

export interface PngOptions {
  /** 1 for the screen, 2 for sharp slides and print. */
  scale?: number;
  fonts?: FontFiles;
}

/** Render an SVG export to PNG with the bundled font only: the same pixels on any machine. */
export function svgToPng(svg: string, options: PngOptions = {}): Buffer {
  const fonts = options.fonts ?? exportFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: options.scale ?? 1 },
    background: "#ffffff",
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.regular, fonts.bold],
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
    },
    logLevel: "off",
  });
  return resvg.render().asPng();
}

import {
  type ArgumentMap,
  bylineOf,
  type CrossAuthorFile,
  exportAif,
  exportArgdown,
  exportLanguage,
  type HandoutMaps,
  handoutHtml,
  handoutMarkdown,
  type ReportEntry,
  renderDot,
  renderHtmlViewer,
  renderLegendSvg,
  renderMapSvg,
  renderMarkdownOutline,
  renderWorksheet,
  titleOf,
} from "../../core";
import { embeddedFont, type FontFiles } from "./fonts";
import { handoutPdf } from "./handoutPdf";
import { type PageSize, svgToPdf } from "./pdf";
import { svgToPng } from "./png";

export interface ExportOptions {
  /** PNG: 1 for the screen, 2 for slides and print. */
  scale?: number;
  /** PDF page. */
  page?: PageSize;
  /** PDF orientation as chosen; undefined: a map's PDF takes the one that needs fewer pages (the handout portrait). */
  landscape?: boolean;
  greyscale?: boolean;
  /** Quoted spans under each statement's wording (SVG, PNG, PDF). */
  quotes?: boolean;
  /** Only these statements and the inferences among them (SVG, PNG, PDF, HTML, DOT). */
  selection?: string[];
  /** Worksheet: the statements to blank, default "auto". */
  blank?: string[] | "auto";
  /** Worksheet: the answer key at the end, default yes. */
  answerKey?: boolean;
  /** SVG and HTML: embed the font files (SVG default yes, HTML default no: a smaller file). */
  embedFont?: boolean;
  /** The font files, when not the bundled assets/fonts. */
  fonts?: FontFiles;
}

export interface Made {
  data: string | Buffer;
  /** What a format could not carry over (AIF, Argdown), for the CLI and the app to show. */
  report?: ReportEntry[];
}

export interface ExportFormatEntry {
  /** How the file name ends, after the map's name: ".svg", "@2x.png" is decided by options. */
  suffix(options: ExportOptions, map: ArgumentMap): string;
  mime: string;
  /** One line for --help. */
  summary: string;
  /** Drawings need every statement placed (withExportLayout runs first). */
  drawing: boolean;
  make(map: ArgumentMap, text: string, options: ExportOptions): Promise<Made>;
}

/**
 * Every export format, one entry each: a new format (an importer's counterpart in core/io, say) is one more
 * entry here, and the CLI's --format and the app's export menu list it from this table.
 */
export const EXPORT_FORMATS = {
  svg: {
    suffix: () => ".svg",
    mime: "image/svg+xml",
    summary: "the map as a diagram (vector, font embedded)",
    drawing: true,
    make: async (map, _text, o) => ({
      data: renderMapSvg(map, { ...drawingOptions(o), embedFont: o.embedFont === false ? undefined : await embeddedFont(o.fonts) }),
    }),
  },
  png: {
    suffix: (o) => ((o.scale ?? 1) === 1 ? ".png" : `@${o.scale}x.png`),
    mime: "image/png",
    summary: "the map as an image, at --scale 1 or 2",
    drawing: true,
    make: async (map, _text, o) => ({ data: svgToPng(renderMapSvg(map, drawingOptions(o)), { scale: o.scale ?? 1, fonts: o.fonts }) }),
  },
  pdf: {
    suffix: () => ".pdf",
    mime: "application/pdf",
    summary: "the map for print (--page a4|letter, --landscape|--portrait): one page, or an overview and legible parts",
    drawing: true,
    make: async (map, _text, o) => {
      const svg = renderMapSvg(map, { ...drawingOptions(o), header: false, legend: false });
      const legend = renderLegendSvg(map, { selection: o.selection, greyscale: o.greyscale });
      const byline = bylineOf(map) || undefined;
      const language = exportLanguage(map);
      return {
        data: await svgToPdf(svg, { title: titleOf(map), byline, legend, page: o.page, landscape: o.landscape, language, fonts: o.fonts }),
      };
    },
  },
  html: {
    suffix: () => ".html",
    mime: "text/html",
    summary: "a viewer that works offline: the map beside its text, click to connect them",
    drawing: true,
    make: async (map, text, o) => ({
      data: renderHtmlViewer(map, text, {
        selection: o.selection,
        greyscale: o.greyscale,
        embedFont: o.embedFont ? await embeddedFont(o.fonts) : undefined,
      }),
    }),
  },
  md: {
    suffix: () => ".md",
    mime: "text/markdown",
    summary: "the argument as a Markdown outline with the quotes as footnotes",
    drawing: false,
    make: async (map, text) => ({ data: renderMarkdownOutline(map, text) }),
  },
  dot: {
    suffix: () => ".dot",
    mime: "text/vnd.graphviz",
    summary: "a Graphviz graph, coloured by role",
    drawing: false,
    make: async (map, _text, o) => ({ data: renderDot(map, { selection: o.selection, greyscale: o.greyscale }) }),
  },
  worksheet: {
    suffix: (_o, map) => (map.source.language?.toLowerCase().startsWith("nl") ? ".werkblad.html" : ".worksheet.html"),
    mime: "text/html",
    summary: "a printable exercise with statements to fill in, answer key on its own page",
    drawing: false,
    make: async (map, _text, o) => ({ data: renderWorksheet(map, { blank: o.blank ?? "auto", answerKey: o.answerKey }) }),
  },
  argdown: {
    suffix: () => ".argdown",
    mime: "text/plain",
    summary: "Argdown, for the Argdown tools and editors",
    drawing: false,
    make: async (map) => reported(exportArgdown(map)),
  },
  aif: {
    suffix: () => ".aif.json",
    mime: "application/json",
    summary: "the Argument Interchange Format (AIFdb JSON), for OVA and AIFdb",
    drawing: false,
    make: async (map) => reported(exportAif(map)),
  },
} satisfies Record<string, ExportFormatEntry>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

function drawingOptions(o: ExportOptions) {
  return { selection: o.selection, quotes: o.quotes, greyscale: o.greyscale };
}

function reported(result: { text: string; report: ReportEntry[] }): Made {
  return { data: result.text, report: result.report };
}

export interface HandoutFormatEntry {
  /** How the file name ends, after the workspace's name. */
  suffix: string;
  mime: string;
  /** One line for --help. */
  summary: string;
  make(file: CrossAuthorFile, maps: HandoutMaps, options: ExportOptions): Promise<string | Buffer>;
}

/**
 * The formats of the workspace's handout (the issues matrix and the links between the op-eds), made from the
 * cross-author file rather than from one map; the CLI exports them when given the cross-author file.
 */
export const HANDOUT_FORMATS = {
  html: {
    suffix: ".handout.html",
    mime: "text/html",
    summary: "the handout as one HTML file: the matrix as a table, each issue's positions, the links",
    make: async (file, maps) => handoutHtml(file, maps),
  },
  md: {
    suffix: ".handout.md",
    mime: "text/markdown",
    summary: "the handout in Markdown",
    make: async (file, maps) => handoutMarkdown(file, maps),
  },
  pdf: {
    suffix: ".handout.pdf",
    mime: "application/pdf",
    summary: "the handout for print (--page a4|letter, --landscape): the matrix over as many pages as it needs, the links, a key",
    make: (file, maps, o) => handoutPdf(file, maps, { page: o.page, landscape: o.landscape, fonts: o.fonts }),
  },
} satisfies Record<string, HandoutFormatEntry>;

export type HandoutFormat = keyof typeof HANDOUT_FORMATS;

export const HANDOUT_FORMAT_NAMES = Object.keys(HANDOUT_FORMATS) as HandoutFormat[];

export function isHandoutFormat(name: string): name is HandoutFormat {
  return Object.hasOwn(HANDOUT_FORMATS, name);
}

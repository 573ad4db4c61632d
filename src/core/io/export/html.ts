import { analyseRoles } from "../../analysis/roles";
import type { ArgumentMap, Position } from "../../model/map";
import { escapeXml, jsonForScript } from "./escape";
import { type EmbeddedFont, FONT_STACK, fontFaceCss } from "./font";
import { VIEWER_SCRIPT } from "./htmlScript";
import { viewerCss } from "./htmlStyle";
import { bylineOf, exportLanguage, labelsFor, titleOf } from "./labels";
import { paletteFor } from "./palette";
import { quotedWords } from "./quote";
import { selectStatements } from "./selection";
import { sourceTextHtml } from "./sourceSpans";
import { renderMapSvg } from "./svg";

export interface HtmlViewerOptions {
  selection?: readonly string[];
  greyscale?: boolean;
  /** Fonts to embed; absent: the standard font stack (the file stays small). */
  embedFont?: EmbeddedFont;
  positions?: Record<string, Position>;
}

/**
 * One HTML file that shows a map beside its text, offline and with no external resource at all: the map with
 * pan and zoom, the text with its quoted spans in role colours, and a panel with the chosen statement's note,
 * speaker and quotes. Every text from the map or the source is escaped; the script writes with textContent only.
 */
export function renderHtmlViewer(map: ArgumentMap, text: string, options: HtmlViewerOptions = {}): string {
  const labels = labelsFor(map);
  const palette = paletteFor(options.greyscale ?? false);
  const { roles } = analyseRoles(map);
  const shown = selectStatements(map, options.selection);
  const title = titleOf(map);
  const byline = bylineOf(map);
  const svg = renderMapSvg(map, { ...options, inline: true, header: false });
  const data = {
    statements: shown.statements.map((s) => {
      const role = roles.get(s.id) ?? "unconnected";
      return {
        id: s.id,
        role,
        label: s.anchors.length === 0 ? `${labels.roles[role]} · ${labels.implicit}` : labels.roles[role],
        text: s.text,
        speaker: s.speaker ?? "",
        note: s.note ?? "",
        quotes: s.anchors.map((a) => quotedWords(a.exact)),
      };
    }),
  };
  const fonts = options.embedFont ? fontFaceCss(options.embedFont) : "";
  return `<!doctype html>
<html lang="${exportLanguage(map)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Argumap">
<title>${escapeXml(title)}</title>
<style>
${viewerCss(palette, FONT_STACK, fonts)}</style>
</head>
<body>
<header class="page">
<h1>${escapeXml(title)}</h1>
${byline ? `<p>${escapeXml(byline)}</p>` : ""}
</header>
<main>
<section class="map-pane" aria-label="${escapeXml(labels.map)}">
<div class="bar" role="toolbar" aria-label="${escapeXml(labels.map)}">
<h2>${escapeXml(labels.map)}</h2>
<button type="button" data-zoom="in" aria-label="${escapeXml(labels.zoomIn)}" title="${escapeXml(labels.zoomIn)}">+</button>
<button type="button" data-zoom="out" aria-label="${escapeXml(labels.zoomOut)}" title="${escapeXml(labels.zoomOut)}">−</button>
<button type="button" data-zoom="fit">${escapeXml(labels.fit)}</button>
</div>
<div class="stage">
${svg}</div>
</section>
<div class="side">
<aside class="details" aria-label="${escapeXml(labels.details)}" aria-live="polite">
<h2>${escapeXml(labels.details)}</h2>
<p class="hint" id="detail-hint">${escapeXml(labels.pickStatement)}</p>
<div id="detail-body" hidden>
<span class="badge" id="detail-role"></span>
<p class="wording" id="detail-wording"></p>
<dl>
<dt data-field="speaker">${escapeXml(labels.speaker)}</dt><dd data-field="speaker" id="detail-speaker"></dd>
<dt data-field="note">${escapeXml(labels.note)}</dt><dd data-field="note" id="detail-note"></dd>
<dt data-field="quotes">${escapeXml(labels.quotes)}</dt><dd data-field="quotes" id="detail-quotes"></dd>
</dl>
</div>
</aside>
<section class="text-pane" aria-label="${escapeXml(labels.text)}">
<h2>${escapeXml(labels.text)}</h2>
<div class="source">${sourceTextHtml(shown, text, roles, labels.roles)}</div>
</section>
</div>
</main>
<script type="application/json" id="argumap-data">${jsonForScript(data)}</script>
<script>
${VIEWER_SCRIPT}</script>
</body>
</html>
`;
}

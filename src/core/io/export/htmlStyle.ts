import type { Palette } from "./palette";
import { roleCssVariables } from "./palette";

/** The viewer's style sheet: readable on screen, and on paper the map on one page and the text after it. */
export function viewerCss(palette: Palette, fontStack: string, fontFaces: string): string {
  return `${fontFaces}
:root { ${roleCssVariables(palette)} --text: ${palette.text}; --muted: ${palette.muted}; --line: #d0d4da; --panel: #f7f8fa; }
* { box-sizing: border-box; }
/* The page never scrolls on a wide screen: the header takes what it needs (a long title may wrap), the panes
   share the rest and scroll inside, so a statement's quotes are scrolled into view in the text pane only. */
body { margin: 0; font-family: ${fontStack}; color: var(--text); background: #fff; line-height: 1.5; display: flex; flex-direction: column; height: 100vh; height: 100dvh; overflow: hidden; }
header.page { flex: none; padding: 16px 24px 8px; border-bottom: 1px solid var(--line); }
header.page h1 { margin: 0; font-size: 1.35rem; }
header.page p { margin: 2px 0 0; color: var(--muted); font-size: 0.9rem; }
main { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 3fr) minmax(300px, 2fr); gap: 0; }
section, aside { min-height: 0; }
h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0 0 8px; }
.map-pane { display: flex; flex-direction: column; border-right: 1px solid var(--line); }
.map-pane .bar { display: flex; align-items: center; gap: 6px; padding: 8px 12px; border-bottom: 1px solid var(--line); }
.map-pane .bar h2 { margin: 0 auto 0 0; }
.map-pane button { font: inherit; font-size: 0.9rem; min-width: 2.2em; padding: 2px 10px; border: 1px solid var(--line); border-radius: 6px; background: #fff; cursor: pointer; }
.map-pane button:hover { background: var(--panel); }
.stage { flex: 1; min-height: 0; overflow: hidden; cursor: grab; touch-action: none; background: #fff; }
.stage.dragging { cursor: grabbing; }
.stage svg { display: block; width: 100%; height: 100%; user-select: none; }
.stage g.statement { cursor: pointer; }
.stage g.statement:focus { outline: none; }
.stage g.statement:focus-visible > rect, .stage g.statement.is-selected > rect { stroke-width: 4px; }
.stage g.statement.is-selected > rect { filter: drop-shadow(0 0 4px rgba(0, 0, 0, 0.35)); }
.side { display: flex; flex-direction: column; min-height: 0; }
.details { flex: none; padding: 12px 16px; background: var(--panel); border-bottom: 1px solid var(--line); max-height: 40%; overflow: auto; }
.details .hint { color: var(--muted); margin: 0; font-size: 0.9rem; }
.details .badge { display: inline-block; font-size: 0.75rem; font-weight: 700; padding: 0 8px; border-radius: 10px; border: 1.5px solid currentColor; }
.details .wording { font-size: 1.05rem; font-weight: 600; margin: 6px 0; }
.details dl { margin: 0; font-size: 0.9rem; }
.details dt { font-weight: 700; color: var(--muted); margin-top: 6px; }
.details dd { margin: 0; }
.details blockquote { margin: 4px 0; padding-left: 10px; border-left: 3px solid var(--line); font-style: italic; }
.text-pane { flex: 1; min-height: 0; overflow: auto; padding: 0 16px 24px; scroll-padding-top: 44px; }
.text-pane h2 { position: sticky; top: 0; z-index: 1; margin: 0; padding: 12px 0 8px; background: #fff; }
.source { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1rem; max-width: 42em; }
mark.span { color: inherit; border-radius: 2px; padding: 0 1px; cursor: pointer; }
mark.span.is-active { outline: 2px solid var(--role-color); outline-offset: 1px; }
${["thesis", "claim", "premise", "counterclaim", "rebuttal", "undercutter", "unconnected"]
  .map(
    (role) =>
      `mark.role-${role}, .badge.role-${role} { --role-color: var(--role-${role}); background: var(--role-${role}-fill); box-shadow: inset 0 -2px 0 var(--role-${role}); } .badge.role-${role} { color: var(--role-${role}); box-shadow: none; }`,
  )
  .join("\n")}
@media (max-width: 900px) { body { display: block; height: auto; overflow: visible; } main { display: block; } .stage { height: 70vh; } .map-pane { border-right: 0; } .details { max-height: none; } .text-pane { overflow: visible; } }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { display: block; height: auto; overflow: visible; }
  main { display: block; }
  .text-pane h2 { position: static; }
  .bar button, .details .hint { display: none; }
  .stage { height: auto; overflow: visible; }
  .stage svg { height: auto; max-height: 95vh; }
  .details { max-height: none; }
  .details:has(#detail-body[hidden]) { display: none; }
  .text-pane { break-before: page; overflow: visible; }
}
`;
}

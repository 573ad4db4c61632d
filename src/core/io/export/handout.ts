/**
 * The handout of a workspace for a class: the issues matrix (who says what on each point of contention), each
 * issue with its positions and their statements, the links between the op-eds and a key, as Markdown
 * (handoutMarkdown.ts) and as one self-contained HTML file (handoutHtml.ts). Pure: the app, the command line and
 * the tests share it. What it says is shaped once, in handoutData.ts (the PDF prints it too).
 */

export { type HandoutOptions, NO_POSITION_SYMBOL, opEdLabel, STANCE_SYMBOLS } from "./handoutData";
export { handoutHtml } from "./handoutHtml";
export { handoutMarkdown } from "./handoutMarkdown";

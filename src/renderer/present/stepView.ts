import type { ArgumentMap, RevealStep } from "../../core";

/** What the audience sees at a step: everything shown so far, and what this step added (highlighted). */
export function revealedAt(steps: readonly RevealStep[], index: number): { shown: Set<string>; fresh: Set<string> } {
  const shown = new Set<string>();
  for (const step of steps.slice(0, index + 1)) for (const id of [...step.statements, ...step.inferences]) shown.add(id);
  const current = steps[index];
  return { shown, fresh: new Set(current ? [...current.statements, ...current.inferences] : []) };
}

/**
 * What the camera frames at a step: the new premises with their junction (`near`), and if the type can stay
 * large, the claim they argue about too (`context`; for an undercut, the step it attacks and that step's claim).
 */
export function cameraIds(map: ArgumentMap, step: RevealStep | undefined): { near: string[]; context: string[] } {
  if (!step) return { near: [], context: [] };
  const inference = map.inferences.find((i) => i.id === step.focus);
  if (!inference) return { near: [step.focus], context: [] };
  const near = [inference.id, ...(step.statements.length > 0 ? step.statements : inference.premises)];
  const context = [inference.target];
  const attacked = map.inferences.find((i) => i.id === inference.target);
  if (attacked) context.push(attacked.target);
  return { near: [...new Set(near)], context: context.filter((id) => !near.includes(id)) };
}

/** The statements a step is about, for the caption: the new ones, or the premises of an argument of known statements. */
export function captionIds(map: ArgumentMap, step: RevealStep | undefined): string[] {
  if (!step) return [];
  if (step.statements.length > 0) return step.statements;
  return map.inferences.find((i) => i.id === step.focus)?.premises ?? [step.focus];
}

export type PresentAction = "next" | "previous" | "first" | "last" | "exit";

/** The keys of presentation mode, as presenters' clickers send them (PageDown/PageUp) and as keyboards do. */
export function actionOfKey(key: string): PresentAction | undefined {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case " ":
    case "Enter":
      return "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
    case "Backspace":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "exit";
    default:
      return undefined;
  }
}

/** A quoted span on one line, without the quotation marks of the text itself: the caption adds its own. */
export function quoteOf(exact: string): string {
  return exact
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["“”„«»]+\s*/, "")
    .replace(/\s*["“”„«»]+$/, "");
}

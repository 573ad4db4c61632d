import type { IssueEdit } from "../../core";
import { applyCrossEdit, crossFile } from "../crossAuthor";
import type { MessageKey } from "../i18n";
import { useApp } from "../store/appStore";

/**
 * Apply an issue edit as one undo step of the cross-author file. Issue edits have three refusals of their own
 * (unknown-position, bad-stance, bad-index) that the cross store's CrossEdit type does not list, so the refusal
 * is told here and only a successful edit goes through applyCrossEdit.
 */
export function applyIssueEdit(label: MessageKey, perform: (file: NonNullable<ReturnType<typeof crossFile>>) => IssueEdit): string[] {
  const file = crossFile();
  if (!file) return [];
  const result = perform(file);
  if (!result.ok) {
    useApp.setState({ notice: { tone: "error", key: `problem_${result.problem.replaceAll("-", "_")}` as MessageKey } });
    return [];
  }
  return applyCrossEdit(label, () => result);
}

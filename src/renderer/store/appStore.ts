import { create } from "zustand";
import type { ArgumapBridge, DocumentSummary, Revision, WorkspaceInfo } from "../../contract";
import type { ApproximateAnchor, ArgumentMap, History, InferenceKind, LostAnchor } from "../../core";
import { initialLanguage, type Language, type MessageKey } from "../i18n/translate";

/** One open text with its map and the map's undo history. */
export interface OpenDocument {
  path: string;
  mapPath: string;
  text: string;
  textSha256: string;
  /** Null when the map file cannot be read: then the document is read-only and nothing overwrites the file. */
  history: History<ArgumentMap> | null;
  revision: Revision;
  readOnly?: { message: string; line: number; column: number; code: string };
  lost: LostAnchor[];
  /** Spans found again with other words since the map was saved, until the user has checked them. */
  approximate: ApproximateAnchor[];
  reanchored: number;
  /** The text changed on disk while the document was open, and the document followed it (store/followText.ts). */
  textChangedOnDisk?: boolean;
  saving: boolean;
  conflict?: { revision: Revision };
}

/** The map pane shows the map or its outline; compare and matrix replace the panes with the cross-author views. */
export type View = "map" | "outline" | "compare" | "matrix";
export type Theme = "light" | "dark";

export interface Notice {
  tone: "info" | "error";
  key: MessageKey;
  values?: Record<string, string | number>;
}

export interface PendingConfirm {
  key: MessageKey;
  values?: Record<string, string | number>;
  onConfirm: () => void;
}

export interface AppState {
  bridge: ArgumapBridge | null;
  info: WorkspaceInfo | null;
  documents: DocumentSummary[];
  docs: Record<string, OpenDocument>;
  active: string | null;
  /** Selected statement and inference ids of the active map. */
  selection: string[];
  /** The statement under the pointer, in the map or in the text. */
  hovered: string | null;
  /** A request to scroll the reader to an offset; the counter makes a repeated request fire again. */
  scrollRequest: { offset: number; serial: number } | null;
  /** A request to show a statement in the map; the counter makes a repeated request fire again. */
  focusRequest: { id: string; serial: number } | null;
  view: View;
  theme: Theme;
  language: Language;
  connectKind: InferenceKind;
  notice: Notice | null;
  confirm: PendingConfirm | null;
  /** The reader's current text selection, as offsets into the source text. */
  textSelection: { start: number; end: number } | null;
  /** A statement whose wording should open for editing (keyboard: Enter). */
  editRequest: string | null;
  /** Serial of the last "zoom to fit" request. */
  fitRequest: number;
  /** The map alone in the window (documents, text and details hidden), for a projector or a large map. */
  mapOnly: boolean;
}

function initialTheme(): Theme {
  const stored = globalThis.localStorage?.getItem("argumap.theme");
  if (stored === "light" || stored === "dark") return stored;
  return globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export const useApp = create<AppState>(() => ({
  bridge: null,
  info: null,
  documents: [],
  docs: {},
  active: null,
  selection: [],
  hovered: null,
  scrollRequest: null,
  focusRequest: null,
  view: "map",
  theme: initialTheme(),
  language: initialLanguage(),
  connectKind: "support",
  notice: null,
  confirm: null,
  textSelection: null,
  editRequest: null,
  fitRequest: 0,
  mapOnly: false,
}));

/** The map of the active document, or undefined. Components select narrowly from it to avoid re-renders. */
export function activeMap(state: AppState): ArgumentMap | undefined {
  const doc = state.active ? state.docs[state.active] : undefined;
  return doc?.history?.present;
}

export function activeDoc(state: AppState): OpenDocument | undefined {
  return state.active ? state.docs[state.active] : undefined;
}

import { create } from "zustand";
import type { OpenedDocument, Recovery } from "../../contract";

/** A statement's neighbourhood shown alone: everything else in the map is dimmed. */
export interface Focus {
  /** The document it belongs to: switching documents ends it. */
  path: string;
  /** The statement (or inference) whose neighbourhood is shown; the canvas works out the neighbours as the map changes. */
  centre: string;
}

/** Unsaved edits found after a crash, with the document as it is on disk now. */
export interface RecoveryOffer {
  recovery: Recovery;
  opened: OpenedDocument;
  title: string;
}

export interface EditorState {
  searchOpen: boolean;
  /** Kept while the panel is closed, so that Mod+F brings back the last search. */
  searchQuery: string;
  /** Counts Mod+F presses, so that a press while the panel is open puts the cursor back in its box. */
  searchFocus: number;
  helpOpen: boolean;
  focus: Focus | null;
  /** A document whose close waits for the user: save, discard or cancel. */
  closing: string | null;
  recoveries: RecoveryOffer[];
}

/** The editor feature's own state, apart from the app store. */
export const useEditor = create<EditorState>(() => ({
  searchOpen: false,
  searchQuery: "",
  searchFocus: 0,
  helpOpen: false,
  focus: null,
  closing: null,
  recoveries: [],
}));

import type { ApproximateAnchor, ArgumentMap, CrossAuthorFile, LostAnchor, ReadError } from "../core";
import type { ExportRequest, ExportResult, HandoutRequest } from "./exporting";

/**
 * The workspace contract: the one interface the renderer calls. It is implemented once, in src/workspace,
 * and carried by two transports — Electron IPC (preload) and HTTP (web mode) — from the same handler table.
 * Every path is relative to the workspace folder, with "/" as separator.
 */

/** The state of a text's map, as the document list shows it. */
export type MapState = "none" | "ok" | "invalid" | "stale";

export interface DocumentSummary {
  /** The source text, e.g. "osinga-europa-niet-aan-tafel-2025-02.txt". */
  path: string;
  /** The map file beside it, e.g. "osinga-europa-niet-aan-tafel-2025-02.argmap.json". */
  mapPath: string;
  /** What to show: the map's title, else the file name without extension. */
  title: string;
  mapState: MapState;
  mapId?: string;
  statements?: number;
  /** For an invalid map: why, with the place. */
  problem?: string;
}

/** A revision is the SHA-256 of the file's bytes as read; null when the file does not exist. */
export type Revision = string | null;

export type MapRead =
  | { state: "none"; revision: null }
  | {
      state: "ok";
      map: ArgumentMap;
      revision: string;
      migratedFrom?: number;
      lost: LostAnchor[];
      /** Spans found again only with other words, for the user to check. */
      approximate: ApproximateAnchor[];
      reanchored: number;
    }
  | { state: "invalid"; error: ReadError; revision: string; raw: string };

export interface OpenedDocument {
  path: string;
  mapPath: string;
  text: string;
  textSha256: string;
  map: MapRead;
}

export type SaveResult =
  | { ok: true; revision: string; path: string }
  | { ok: false; reason: "conflict"; revision: Revision; message: string }
  | { ok: false; reason: "invalid" | "refused" | "io"; message: string }
  /** The text changed on disk after the map's anchors were placed: its anchors must be re-found before it is saved. */
  | { ok: false; reason: "text-changed"; textSha256: string; message: string };

export type CrossAuthorRead =
  | { state: "none"; revision: null }
  | { state: "ok"; file: CrossAuthorFile; revision: string }
  | { state: "invalid"; error: ReadError; revision: string; raw: string };

export interface WorkspaceInfo {
  /** The folder's name, for the title bar. */
  name: string;
  /** The cross-author file, relative to the workspace. */
  crossAuthorPath: string;
}

export type WorkspaceEvent = { kind: "changed" | "added" | "removed"; path: string };

export interface Recovery {
  path: string;
  map: ArgumentMap;
  /** The revision of the map file the unsaved edits started from. */
  baseRevision: Revision;
  savedAt: string;
}

export interface WorkspaceApi {
  info(): Promise<WorkspaceInfo>;
  listDocuments(): Promise<DocumentSummary[]>;
  openDocument(path: string): Promise<OpenedDocument>;
  /** Write the map of a text atomically, unless the map file changed since baseRevision (then: a conflict). */
  saveMap(path: string, map: ArgumentMap, baseRevision: Revision): Promise<SaveResult>;
  /** Save under a new name beside the text (conflict resolution "save as"); returns the new map path. */
  saveMapCopy(path: string, map: ArgumentMap): Promise<SaveResult>;
  readCrossAuthor(): Promise<CrossAuthorRead>;
  saveCrossAuthor(file: CrossAuthorFile, baseRevision: Revision): Promise<SaveResult>;
  /** Unsaved edits, kept so that a crash loses nothing. */
  writeRecovery(recovery: Recovery): Promise<void>;
  readRecoveries(): Promise<Recovery[]>;
  clearRecovery(path: string): Promise<void>;
  /**
   * The map of the text at `path` as an export file. The map is passed, not read from disk, so the export shows
   * the map as it is in the app, unsaved edits included; the text is read from the workspace.
   */
  exportMap(path: string, map: ArgumentMap, request: ExportRequest): Promise<ExportResult>;
  /**
   * The workspace's handout (the issues matrix and the links) as an export file, made from the cross-author
   * file and the maps (by map id) as the app holds them, unsaved edits included; nothing is read from disk.
   */
  exportHandout(file: CrossAuthorFile, maps: Record<string, ArgumentMap>, request: HandoutRequest): Promise<ExportResult>;
}

export type WorkspaceMethod = keyof WorkspaceApi;

export const WORKSPACE_METHODS: readonly WorkspaceMethod[] = [
  "info",
  "listDocuments",
  "openDocument",
  "saveMap",
  "saveMapCopy",
  "readCrossAuthor",
  "saveCrossAuthor",
  "writeRecovery",
  "readRecoveries",
  "clearRecovery",
  "exportMap",
  "exportHandout",
];

/** The transport-neutral form both IPC and HTTP carry: a method name and its arguments as a JSON array. */
export type WorkspaceCall = { method: WorkspaceMethod; args: unknown[] };

/** What a transport answers: the value, or an error a person can read (never a stack trace). */
export type WorkspaceReply = { ok: true; value: unknown } | { ok: false; message: string; status: number };

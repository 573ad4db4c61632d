import { copyFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ArgumentMap, addStatement, anchorAt, connect, type Edit, emptyMap } from "../core";

/**
 * Fixtures for the tests of workspace, server and cli: a throw-away workspace holding copies of the real
 * bundled texts, and a small map of one of them built with core's own commands (no offset typed by hand).
 */
export const BUNDLED_TEXTS = fileURLToPath(new URL("../../maps/", import.meta.url));
export const SAMPLE_TEXT = "osinga-europa-niet-aan-tafel-2025-02.txt";

export interface TempWorkspace {
  root: string;
  remove(): Promise<void>;
}

/** A fresh folder with every bundled .txt copied in (never the bundled maps: others are writing those). */
export async function makeWorkspace(): Promise<TempWorkspace> {
  const root = await mkdtemp(path.join(tmpdir(), "argumap-ws-"));
  const texts = (await readdir(BUNDLED_TEXTS)).filter((name) => name.endsWith(".txt"));
  await Promise.all(texts.map((name) => copyFile(path.join(BUNDLED_TEXTS, name), path.join(root, name))));
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

export async function readSampleText(): Promise<string> {
  return readFile(path.join(BUNDLED_TEXTS, SAMPLE_TEXT), "utf8");
}

/**
 * Osinga's op-ed: a quoted thesis with a linked argument (one premise implicit), a counterclaim by Schoof and
 * an undercut. Counts: 5 statements, 1 support, 1 attack on a statement, 1 undercut, 1 linked inference,
 * 1 implicit premise, speakers Frans Osinga and Dick Schoof, 1 unanswered counterclaim.
 */
export function sampleMap(text: string): ArgumentMap {
  const span = (quote: string) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`quote not in the text: ${quote}`);
    return [anchorAt(text, start, start + quote.length)];
  };
  let map = emptyMap("osinga", { file: SAMPLE_TEXT, title: "Europa niet aan tafel", language: "nl" });
  map = applied(
    addStatement(map, {
      text: "Europa draagt de lasten zonder mee te praten",
      anchors: span("Europa zit niet aan tafel, maar moet wel de lasten dragen."),
      speaker: "Frans Osinga",
      central: true,
    }),
  );
  map = applied(
    addStatement(map, {
      text: "Trump geeft vooraf dingen weg",
      anchors: span("Hiermee geeft Trump al dingen weg voordat de onderhandelingen begonnen zijn"),
      speaker: "Frans Osinga",
    }),
  );
  map = applied(addStatement(map, { text: "Wie vooraf toegeeft, verliest invloed aan tafel" }));
  map = applied(connect(map, { kind: "support", premises: ["s2", "s3"], target: "s1" }));
  map = applied(
    addStatement(map, {
      text: "Amerika steunt Europa nog",
      anchors: span("We moeten de back-up van Amerika hebben"),
      speaker: "Dick Schoof",
    }),
  );
  map = applied(connect(map, { kind: "attack", premises: ["s4"], target: "s1" }));
  map = applied(
    addStatement(map, {
      text: "Rubio wil Europa wel betrekken",
      anchors: span("Gisteren zei buitenlandminister Marco Rubio echter dat Europese landen wel degelijk betrokken moeten worden"),
    }),
  );
  return applied(connect(map, { kind: "attack", premises: ["s5"], target: "i1" }));
}

export function applied(edit: Edit): ArgumentMap {
  if (!edit.ok) throw new Error(`edit refused: ${edit.problem}`);
  return edit.map;
}

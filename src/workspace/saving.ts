import path from "node:path";
import type { Revision, SaveResult } from "../contract";
import {
  type ArgumentMap,
  type CrossAuthorFile,
  checkedMapFile,
  type Problem,
  readCrossAuthorFile,
  serializeCrossAuthorFile,
} from "../core";
import { readText, textFileName } from "./documents";
import { errnoCode } from "./errors";
import { oneAtATime, readIfPresent, revisionOf, sha256, writeAtomic } from "./files";
import { CROSS_AUTHOR_FILE, checkRelativePath, mapPathOf } from "./paths";
import type { Place } from "./place";

/**
 * Save the map of a text beside it, stamped with the text's name and fingerprint, unless the file changed since
 * baseRevision, or the text changed since the map's spans were placed in it (source.sha256).
 */
export async function saveMap(place: Place, textPath: string, map: ArgumentMap, baseRevision: Revision): Promise<SaveResult> {
  const prepared = await prepareMap(place, textPath, map);
  if (!prepared.ok) return prepared;
  return writeUnlessChanged(place, mapPathOf(prepared.textPath), prepared.content, baseRevision);
}

/**
 * "Save as" when a save conflicts. A map must sit beside its text (its source.file is a bare file name), so the
 * copy goes into the same folder as NAME.copy-N.argmap.json with the first free N. It is not listed as the
 * text's map; the user compares or renames it by hand. It is a map of its own, ID-copy-N: the cross-author
 * file's links name maps by id, and two files under one id would both claim them (the compare view keeps one
 * map per id, and would follow the entry to whichever it read last).
 */
export async function saveMapCopy(place: Place, textPath: string, map: ArgumentMap): Promise<SaveResult> {
  const checkedPath = checkRelativePath(textPath);
  const stem = mapPathOf(checkedPath).replace(/\.argmap\.json$/, "");
  const folder = path.dirname(await place.resolve(checkedPath));
  return oneAtATime(`${folder}#copies`, async () => {
    for (let n = 1; n <= 999; n++) {
      const copyPath = `${stem}.copy-${n}.argmap.json`;
      const absolute = await place.resolve(copyPath);
      if ((await readIfPresent(absolute)) !== undefined) continue;
      const prepared = await prepareMap(place, checkedPath, { ...map, id: `${map.id}-copy-${n}` });
      if (!prepared.ok) return prepared;
      return writeNow(absolute, copyPath, prepared.content);
    }
    return { ok: false, reason: "io", message: `there are already 999 copies of ${checkedPath}'s map` };
  });
}

export async function saveCrossAuthor(place: Place, file: CrossAuthorFile, baseRevision: Revision): Promise<SaveResult> {
  const content = serializeCrossAuthorFile(file);
  // Read back what would be written: the same rules a later open applies, so a save never writes an unreadable file.
  const check = readCrossAuthorFile(content);
  if (!check.ok) return { ok: false, reason: "invalid", message: describeProblems("the cross-author file", check.error.problems) };
  return writeUnlessChanged(place, CROSS_AUTHOR_FILE, content, baseRevision);
}

type Prepared =
  | { ok: true; textPath: string; content: string }
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "text-changed"; textSha256: string; message: string };

async function prepareMap(place: Place, requested: string, map: ArgumentMap): Promise<Prepared> {
  const textPath = checkRelativePath(requested);
  const { textSha256 } = await readText(place, textPath);
  // The map records the text its spans were placed in. Stamping another text's fingerprint over them would write
  // offsets into the wrong text, and nothing would re-find them on the next open: refuse, the caller re-anchors.
  const placedIn = map.source.sha256;
  if (placedIn !== undefined && placedIn !== textSha256) {
    const message = `${textPath} changed on disk after the map's spans were placed in it; the spans must be found again in the new text before the map is saved`;
    return { ok: false, reason: "text-changed", textSha256, message };
  }
  const stamped: ArgumentMap = { ...map, source: { ...map.source, file: textFileName(textPath), sha256: textSha256 } };
  const checked = checkedMapFile(stamped);
  if (!checked.ok) return { ok: false, reason: "invalid", message: describeProblems("the map", checked.problems) };
  return { ok: true, textPath, content: checked.content };
}

/** The revision check and the write happen in one turn of the file's queue, so no other save of this process slips between. */
async function writeUnlessChanged(place: Place, relative: string, content: string, baseRevision: Revision): Promise<SaveResult> {
  const absolute = await place.resolve(relative);
  return oneAtATime(absolute, async (): Promise<SaveResult> => {
    const current = revisionOf(await readIfPresent(absolute));
    if (current !== baseRevision) {
      const message =
        baseRevision === null
          ? `${relative} was created by someone else after it was opened`
          : current === null
            ? `${relative} was deleted since it was opened`
            : `${relative} changed on disk since it was opened`;
      return { ok: false, reason: "conflict", revision: current, message };
    }
    return writeNow(absolute, relative, content);
  });
}

async function writeNow(absolute: string, relative: string, content: string): Promise<SaveResult> {
  try {
    await writeAtomic(absolute, content);
  } catch (error) {
    return { ok: false, reason: "io", message: `could not write ${relative} (${errnoCode(error) ?? "unknown error"})` };
  }
  return { ok: true, revision: sha256(content), path: relative };
}

function describeProblems(what: string, problems: readonly Problem[]): string {
  const shown = problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > 3 ? `; and ${problems.length - 3} more` : "";
  return `${what} is not valid: ${shown.join("; ")}${more}`;
}

import { useApp } from "../store/appStore";
import { resolveConflict } from "../store/documentActions";
import { cancelRecovery } from "../store/recovery";

export type CopyOutcome = { ok: true; file: string } | { ok: false; message: string };

/**
 * "Save my version as a copy" when a save met a newer map on disk. The user's map is written beside the text as
 * NAME.copy-N.argmap.json, a map of its own (the workspace gives it its own id); only once that is written does
 * the document show the map on disk, so nothing is lost: the user's version is in the copy, the other in the
 * file, and the next save goes into the file as it is now, without a second conflict. A failed copy changes
 * nothing, and the conflict stays for another choice.
 */
export async function saveMyVersionAsCopy(): Promise<CopyOutcome | undefined> {
  const { active: path, docs, bridge } = useApp.getState();
  const doc = path ? docs[path] : undefined;
  if (!path || !doc?.history || !doc.conflict || !bridge) return undefined;
  let result: Awaited<ReturnType<typeof bridge.workspace.saveMapCopy>>;
  try {
    result = await bridge.workspace.saveMapCopy(path, doc.history.present);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (!result.ok) return { ok: false, message: result.message };
  // The copy holds the edits now: a recovery write still pending would offer them again after the next start.
  cancelRecovery(path);
  await resolveConflict("reload");
  return { ok: true, file: result.path };
}

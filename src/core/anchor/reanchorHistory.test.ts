import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addStatement, updateStatement } from "../commands";
import { type History, isDirty, record, startHistory, undo } from "../history";
import type { ArgumentMap } from "../model";
import { readMap } from "../schema";
import { reanchorMap, staleAnchors } from "./reanchor";
import { reanchorHistory } from "./reanchorHistory";
import { anchorAt } from "./select";

const mapsDir = join(import.meta.dirname, "..", "..", "..", "maps");
const NAME = "trump-belt-poetin-commentaar-2025-02";
const read = readMap(readFileSync(join(mapsDir, `${NAME}.argmap.json`), "utf8"));
if (!read.ok) throw new Error(read.error.message);
const bundled = read.value;
const text = readFileSync(join(mapsDir, `${NAME}.txt`), "utf8");

const POSTSCRIPT = "Naschrift van de redactie: dit stuk verscheen eerder in kortere vorm.\n\n";
/** Words at the top (every span moves), one span reworded (found approximately), one span's words gone (lost). */
const edited = `${POSTSCRIPT}${text.replace("Gebrek aan snelheid kan Trump", "Gebrek aan tempo kan Trump").replace("Die tijd is voorbij.", "Die tijd is aangebroken.")}`;
const NEW_SHA = "sha-of-the-edited-text";
const UNSAVED = "Helemaal onverwacht kwam de boodschap van Trump overigens niet.";

function applied(edit: ReturnType<typeof addStatement>): ArgumentMap {
  if (!edit.ok) throw new Error(edit.problem);
  return edit.map;
}

/** The bundled map as opened, with two unsaved edits after it, the last one undone (so there is a redo state). */
function editedHistory(): History<ArgumentMap> {
  const start = text.indexOf(UNSAVED);
  const added = applied(
    addStatement(bundled, { text: "Onverwacht was het niet", anchors: [anchorAt(text, start, start + UNSAVED.length)] }),
  );
  const reworded = applied(updateStatement(added, "s2", { text: "Trump is snel" }));
  return undo(record(record(startHistory(bundled), "add", added), "edit", reworded));
}

function states(h: History<ArgumentMap>): ArgumentMap[] {
  return [...h.past.map((s) => s.state), h.present, ...h.future.map((s) => s.state)];
}

describe("following a text that changed while its map was open", () => {
  it("moves the spans of the present map and of every undo and redo state into the new text, and stamps its fingerprint", () => {
    const followed = reanchorHistory(editedHistory(), edited, NEW_SHA);
    const all = states(followed.history);
    expect(all).toHaveLength(3);
    for (const map of all) {
      expect(map.source.sha256).toBe(NEW_SHA);
      // Only the span whose words are gone does not hold; it is kept, not dropped.
      expect(staleAnchors(map, edited).map((l) => l.anchor.exact)).toEqual(["Die tijd is voorbij."]);
    }
    const unsaved = followed.history.present.statements.find((s) => s.text === "Onverwacht was het niet")?.anchors[0];
    expect(unsaved && edited.slice(unsaved.start, unsaved.end)).toBe(UNSAVED);
  });

  it("lists the present map's lost spans and the spans found with other words, as opening the map would", () => {
    const history = editedHistory();
    const followed = reanchorHistory(history, edited, NEW_SHA);
    const opened = reanchorMap(history.present, edited, NEW_SHA);
    expect(followed.history.present).toEqual(opened.map);
    expect(followed.lost).toEqual(opened.lost);
    expect(followed.lost.map((l) => l.anchor.exact)).toEqual(["Die tijd is voorbij."]);
    expect(followed.approximate.map((a) => [a.before.exact, a.anchor.exact])).toEqual([
      ["Gebrek aan snelheid kan Trump niet worden verweten", "Gebrek aan tempo kan Trump niet worden verweten"],
    ]);
    expect(followed.changed).toBe(opened.changed);
  });

  it("leaves the map unsaved when its spans moved, since the file on disk points into the old text", () => {
    const followed = reanchorHistory(startHistory(bundled), edited, NEW_SHA);
    expect(isDirty(followed.history)).toBe(true);
    expect(followed.history.saved).toBe(bundled);
  });

  it("keeps a saved map saved when nothing it points at moved (words added at the end)", () => {
    const followed = reanchorHistory(startHistory(bundled), `${text}\n\nNaschrift.`, NEW_SHA);
    expect(followed.changed).toBe(0);
    expect(isDirty(followed.history)).toBe(false);
    expect(followed.history.present.source.sha256).toBe(NEW_SHA);
  });

  it("re-finds a statement shared by several states once: the states still share it afterwards", () => {
    const followed = reanchorHistory(editedHistory(), edited, NEW_SHA);
    const [first, second] = states(followed.history);
    expect(first?.statements[5]).toBe(second?.statements[5]);
  });
});

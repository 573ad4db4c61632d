import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ArgumentMap } from "../../model/map";
import { readMap } from "../../schema/read";
import { aifOf, exportAif, importAif } from ".";

const MAPS = fileURLToPath(new URL("../../../../maps/", import.meta.url));

/** The bundled maps that read (one being written right now is left to the map validator's own tests). */
function bundled(): [string, ArgumentMap, string][] {
  const files = readdirSync(MAPS).filter((f) => f.endsWith(".argmap.json") && f !== "workspace.argmap.json");
  return files.flatMap((file): [string, ArgumentMap, string][] => {
    const read = readMap(readFileSync(MAPS + file, "utf8"));
    return read.ok ? [[file, read.value, readFileSync(MAPS + read.value.source.file, "utf8")]] : [];
  });
}

const maps = bundled();

describe.runIf(maps.length > 0)(`AIF of the bundled maps (${maps.length} in maps/ now)`, () => {
  it.each(maps)("%s: an implicit premise has no locution; each anchor of a statement is one, naming who says it", (_, map) => {
    const { aif } = aifOf(map);
    const text = new Map(aif.nodes.map((n) => [n.nodeID, n.text]));
    const names = new Map((aif.participants ?? []).map((p) => [p.participantID, p.firstname]));
    const personOf = new Map(aif.locutions.map((l) => [l.nodeID, l.personID ? names.get(l.personID) : undefined]));
    const into = (to: string, type: string) =>
      aif.edges.filter((e) => e.toID === to && aif.nodes.find((n) => n.nodeID === e.fromID)?.type === type).map((e) => e.fromID);
    map.statements.forEach((statement, index) => {
      const iNode = String(index + 1);
      expect(text.get(iNode)).toBe(statement.text);
      const locutions = into(iNode, "YA").flatMap((ya) => into(ya, "L"));
      const speaker = statement.speaker ?? map.source.author;
      expect(
        locutions.map((l) => [personOf.get(l), text.get(l)]),
        statement.id,
      ).toEqual(
        statement.anchors.map((a) => [speaker, speaker ? `${speaker} : ${a.exact.replace(/\s+/g, " ")}` : a.exact.replace(/\s+/g, " ")]),
      );
    });
    expect(map.statements.some((s) => s.anchors.length === 0)).toBe(true);
  });

  it.each(maps)(
    "%s: export and import with the text keeps speakers and anchors, and reads the author and language back",
    (_, map, text) => {
      const result = importAif(exportAif(map).text, { mapId: map.id, text });
      if (!result.ok) throw new Error(result.error.message);
      const again = result.map;
      expect(again.statements.map((s) => [s.id, s.speaker])).toEqual(map.statements.map((s) => [s.id, s.speaker]));
      expect(again.statements.map((s) => s.anchors)).toEqual(map.statements.map((s) => s.anchors));
      expect(again.source.author).toBe(map.source.author);
      expect(again.source.language).toBe(map.source.language);
    },
  );

  it.each(maps)("%s: the export lists every piece of the source AIF cannot carry", (_, map) => {
    const source = exportAif(map).report.find((r) => r.code === "source")?.message ?? "";
    for (const value of [map.id, map.source.file, map.source.title, map.source.outlet, map.source.date, map.source.language]) {
      if (value) expect(source).toContain(`"${value}"`);
    }
  });
});

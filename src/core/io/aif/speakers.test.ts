import { describe, expect, it } from "vitest";
import type { ArgumentMap } from "../../model/map";
import { SAMPLE_TEXT, sampleMap } from "../sampleMaps";
import { exportAif, importAif } from ".";
import { aifdb } from "./testAif";

function imported(json: string): ArgumentMap {
  const result = importAif(json, { mapId: "t" });
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

describe("AIF import reads the author of a monological text from its locutions", () => {
  it("the speaker of more than half of the locutions is the author, and their statements have no speaker", () => {
    const map = imported(
      aifdb([
        ["Ann Smith", "Taxes must rise"],
        ["Ann Smith", "Schools are short of money"],
        ["Bob Jones", "Taxes hurt growth"],
      ]),
    );
    expect(map.source.author).toBe("Ann Smith");
    expect(map.statements.map((s) => s.speaker)).toEqual([undefined, undefined, "Bob Jones"]);
  });

  it("half of the locutions is not enough: a dialogue keeps every speaker and names no author", () => {
    const map = imported(
      aifdb([
        ["Ann Smith", "Taxes must rise"],
        ["Bob Jones", "Taxes hurt growth"],
      ]),
    );
    expect(map.source.author).toBeUndefined();
    expect(map.statements.map((s) => s.speaker)).toEqual(["Ann Smith", "Bob Jones"]);
  });

  it("locutions that name nobody count in the whole: a quoted speaker of a minority is no author", () => {
    const json = JSON.parse(
      aifdb([
        ["Ann Smith", "Taxes must rise"],
        ["Ann Smith", "Schools are short of money"],
        ["Unknown", "Taxes hurt growth: ask anyone"],
        ["Unknown", "Growth pays for schools"],
      ]),
    ) as { nodes: { type: string; text: string }[]; participants?: unknown[]; locutions: unknown[] };
    // As Argumap writes a map without author: a participants list, and the author's locutions naming no one.
    json.participants = [{ participantID: "1", firstname: "Ann Smith", surname: "" }];
    json.locutions = [{ nodeID: "2", personID: "1" }, { nodeID: "5", personID: "1" }, { nodeID: "8" }, { nodeID: "11" }];
    for (const node of json.nodes) if (node.text.startsWith("Unknown : ")) node.text = node.text.slice("Unknown : ".length);
    const map = imported(JSON.stringify(json));
    expect(map.source.author).toBeUndefined();
    expect(map.statements.map((s) => s.speaker)).toEqual(["Ann Smith", "Ann Smith", undefined, undefined]);
  });
});

describe("AIF export and import agree on who says what", () => {
  it("a speaker whose name holds a colon comes back with the quoted words anchored", () => {
    const map = sampleMap();
    const renamed = { ...map, statements: map.statements.map((s) => (s.speaker === "Jan de Vries" ? { ...s, speaker: "NOS: Jan" } : s)) };
    const result = importAif(exportAif(renamed).text, { mapId: "t", text: SAMPLE_TEXT });
    if (!result.ok) throw new Error(result.error.message);
    const jan = result.map.statements.find((s) => s.text === "It costs less than a war");
    expect(jan?.speaker).toBe("NOS: Jan");
    expect(jan?.anchors.map((a) => a.exact)).toEqual(['"It costs less than a war,"']);
  });
});

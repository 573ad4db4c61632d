/**
 * Turns the drafts in mapping/drafts/ into the bundled maps in maps/, anchoring every quote with the app's own
 * anchoring code (findQuote) and laying each map out with the app's layout. `--check` verifies instead of
 * writing: the maps on disk must say what their drafts say (layout may differ: a teacher may have moved boxes).
 * A map whose ids did not change keeps its layout; `--relayout` lays every map out afresh.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Anchor,
  type ArgumentMap,
  type CrossAuthorFile,
  findQuote,
  layoutMap,
  readCrossAuthorFile,
  readMap,
  serializeCrossAuthorFile,
  serializeMap,
  validateMap,
} from "../src/core";
import { checkCrossAuthorRefs } from "./crossRefs";
import { DRAFT_IDS, type Draft, mapFileOf } from "./drafts";

const root = fileURLToPath(new URL("..", import.meta.url));
const mapsDir = join(root, "maps");
const draftsDir = join(root, "mapping", "drafts");

export function anchorDraft(draft: Draft, text: string): { map: ArgumentMap; problems: string[] } {
  const problems: string[] = [];
  const statements = draft.statements.map((s) => {
    const anchors: Anchor[] = [];
    for (const quote of s.quotes) {
      const found = findQuote(text, quote);
      if (found.ok) anchors.push(found.anchor);
      else
        problems.push(
          `${draft.id} ${s.id}: quote ${found.reason === "ambiguous" ? `found ${found.count} times` : "not found"}: “${quote}”`,
        );
    }
    anchors.sort((a, b) => a.start - b.start);
    const { quotes: _quotes, ...rest } = s;
    return { ...rest, anchors };
  });
  const map: ArgumentMap = {
    format: "argumap",
    version: 1,
    id: draft.id,
    source: { file: draft.text, sha256: createHash("sha256").update(text, "utf8").digest("hex"), ...draft.source },
    statements,
    inferences: draft.inferences,
    layout: {},
  };
  problems.push(...validateMap(map).map((p) => `${draft.id} ${p.path}: ${p.message}`));
  return { map, problems };
}

/** The map without its layout, written in the file's stable key order: a draft's keys come in another order. */
function semantics(map: ArgumentMap): string {
  return serializeMap({ ...map, layout: {} });
}

async function main(check: boolean, relayout: boolean): Promise<number> {
  const problems: string[] = [];
  const built: ArgumentMap[] = [];
  for (const id of DRAFT_IDS) {
    const draft = JSON.parse(readFileSync(join(draftsDir, `${id}.draft.json`), "utf8")) as Draft;
    const text = readFileSync(join(mapsDir, draft.text), "utf8");
    const result = anchorDraft(draft, text);
    problems.push(...result.problems);
    built.push(result.map);
    const target = join(mapsDir, mapFileOf(draft.text));
    if (check) {
      const onDisk = existsSync(target) ? readMap(readFileSync(target, "utf8")) : undefined;
      if (!onDisk?.ok) problems.push(`${target}: missing or unreadable`);
      else if (semantics(onDisk.value) !== semantics(result.map))
        problems.push(`${target}: differs from its draft (run npx tsx mapping/build.ts)`);
      continue;
    }
    if (result.problems.length > 0) continue;
    const old = existsSync(target) ? readMap(readFileSync(target, "utf8")) : undefined;
    const keepLayout = !relayout && old?.ok && Object.keys(old.value.layout).length > 0 && sameIds(old.value, result.map);
    const layout = keepLayout && old?.ok ? old.value.layout : await layoutMap(result.map);
    writeFileSync(target, serializeMap({ ...result.map, layout }));
    console.log(`${target}: ${result.map.statements.length} statements, ${result.map.inferences.length} inferences`);
  }
  const crossDraft = join(draftsDir, "workspace.draft.json");
  if (existsSync(crossDraft)) {
    const read = readCrossAuthorFile(readFileSync(crossDraft, "utf8"));
    if (!read.ok) problems.push(`${crossDraft}:${read.error.line}:${read.error.column}: ${read.error.message}`);
    else {
      problems.push(...checkCrossAuthorRefs(read.value, built));
      const target = join(mapsDir, "workspace.argmap.json");
      if (check) {
        const onDisk = existsSync(target) ? readFileSync(target, "utf8") : "";
        if (onDisk !== serializeCrossAuthorFile(read.value as CrossAuthorFile)) problems.push(`${target}: differs from its draft`);
      } else if (problems.length === 0) {
        writeFileSync(target, serializeCrossAuthorFile(read.value));
        console.log(`${target}: ${read.value.links.length} links, ${read.value.issues.length} issues`);
      }
    }
  }
  for (const p of problems) console.error(p);
  return problems.length === 0 ? 0 : 1;
}

function sameIds(a: ArgumentMap, b: ArgumentMap): boolean {
  const ids = (m: ArgumentMap) => [...m.statements.map((s) => s.id), ...m.inferences.map((i) => i.id)].sort().join(",");
  return ids(a) === ids(b);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.includes("--check"), process.argv.includes("--relayout")).then((code) => process.exit(code));
}

import { nextIds } from "../ids/ids";
import type { Anchor, ArgumentMap, Inference, Position, Statement } from "../model/map";
import { done, type Edit } from "./outcome";

/** What a copy carries: the chosen statements, the inferences wholly among them, their positions and the text they came from. */
export interface Fragment {
  kind: "argumap-fragment";
  sourceMap: string;
  sourceFile: string;
  statements: Statement[];
  inferences: Inference[];
  layout: Record<string, Position>;
}

export function copyFragment(map: ArgumentMap, ids: readonly string[]): Fragment {
  const chosen = new Set(ids);
  const statements = map.statements.filter((s) => chosen.has(s.id));
  const kept = new Set(statements.map((s) => s.id));
  // An inference travels when all its ends travel; an undercut travels with the inference it attacks.
  const inferences: Inference[] = [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const inf of map.inferences) {
      if (kept.has(inf.id)) continue;
      if (inf.premises.every((p) => kept.has(p)) && kept.has(inf.target)) {
        inferences.push(inf);
        kept.add(inf.id);
        grew = true;
      }
    }
  }
  const layout = Object.fromEntries(Object.entries(map.layout).filter(([id]) => kept.has(id)));
  return { kind: "argumap-fragment", sourceMap: map.id, sourceFile: map.source.file, statements, inferences, layout };
}

/**
 * Paste under new ids. Within the same source text the spans still fit and are kept; in another map they
 * would point at the wrong words, so they are dropped and the quoted words go into the note instead.
 */
export function pasteFragment(map: ArgumentMap, fragment: Fragment, offset: { x: number; y: number }): Edit {
  const sameText = fragment.sourceFile === map.source.file;
  const statementIds = nextIds(
    "s",
    map.statements.map((s) => s.id),
    fragment.statements.length,
  );
  const inferenceIds = nextIds(
    "i",
    map.inferences.map((i) => i.id),
    fragment.inferences.length,
  );
  const rename = new Map<string, string>();
  for (const [k, s] of fragment.statements.entries()) rename.set(s.id, statementIds[k] as string);
  for (const [k, inf] of fragment.inferences.entries()) rename.set(inf.id, inferenceIds[k] as string);
  const to = (id: string) => rename.get(id) ?? id;
  const statements = fragment.statements.map((s) => {
    const { central: _central, ...rest } = s;
    return sameText ? { ...rest, id: to(s.id) } : withQuotesInNote({ ...rest, id: to(s.id) }, s.anchors);
  });
  const inferences = fragment.inferences.map((inf) => ({ ...inf, id: to(inf.id), premises: inf.premises.map(to), target: to(inf.target) }));
  const layout = { ...map.layout };
  for (const [id, p] of Object.entries(fragment.layout)) layout[to(id)] = { x: p.x + offset.x, y: p.y + offset.y };
  return done({ ...map, statements: [...map.statements, ...statements], inferences: [...map.inferences, ...inferences], layout }, [
    ...statementIds,
    ...inferenceIds,
  ]);
}

function withQuotesInNote(statement: Statement, anchors: Anchor[]): Statement {
  const quotes = anchors.map((a) => `“${a.exact}”`).join(" … ");
  const note = [statement.note, quotes && `Quoted from another text: ${quotes}`].filter(Boolean).join("\n");
  const result: Statement = { ...statement, anchors: [] };
  if (note) result.note = note;
  return result;
}

import { nextId } from "../ids/ids";
import type { Anchor, ArgumentMap, Position, Statement } from "../model/map";
import { done, type Edit } from "./outcome";

export interface NewStatement {
  text: string;
  anchors?: Anchor[];
  speaker?: string;
  central?: boolean;
  position?: Position;
}

/** Add a statement (from a span of the text, or with no span: an implicit premise). */
export function addStatement(map: ArgumentMap, input: NewStatement): Edit {
  const id = nextId(
    "s",
    map.statements.map((s) => s.id),
  );
  const statement: Statement = { id, text: input.text, anchors: input.anchors ?? [] };
  if (input.speaker) statement.speaker = input.speaker;
  const statements = input.central
    ? [...map.statements.map(({ central: _drop, ...rest }) => rest), { ...statement, central: true }]
    : [...map.statements, statement];
  const layout = input.position ? { ...map.layout, [id]: input.position } : map.layout;
  return done({ ...map, statements, layout }, [id]);
}

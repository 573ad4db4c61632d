import type { ArgumentMap } from "../model/map";
import { done, type Edit, refused } from "./outcome";

/** Make a statement the central claim (there is one at most), or clear the central claim with undefined. */
export function setCentral(map: ArgumentMap, id: string | undefined): Edit {
  if (id !== undefined && !map.statements.some((s) => s.id === id)) return refused("unknown-statement");
  const statements = map.statements.map((s) => {
    if (s.id === id) return { ...s, central: true };
    if (!s.central) return s;
    const { central: _drop, ...rest } = s;
    return rest;
  });
  return done({ ...map, statements });
}

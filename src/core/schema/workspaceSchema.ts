import { z } from "zod";
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from "../model/workspace";

const id = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, "an id starts with a letter and has only letters, digits, - and _");

const statementRef = z.strictObject({ map: id, statement: id });

export const crossLinkSchema = z.strictObject({
  id,
  from: statementRef,
  to: statementRef,
  relation: z.enum(["same", "contradicts", "attacks", "supports"]),
  note: z.string().optional(),
});

export const issuePositionSchema = z.strictObject({
  map: id,
  statements: z.array(id),
  stance: z.enum(["pro", "contra", "mixed", "none"]),
  summary: z.string().optional(),
  note: z.string().optional(),
});

export const contentionIssueSchema = z.strictObject({
  id,
  question: z.string().min(1),
  note: z.string().optional(),
  positions: z.array(issuePositionSchema),
});

export const mapEntrySchema = z.strictObject({ id, file: z.string().min(1), label: z.string().optional() });

export const crossAuthorShapeSchema = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  maps: z.array(mapEntrySchema),
  links: z.array(crossLinkSchema),
  issues: z.array(contentionIssueSchema),
  dismissed: z.array(z.string()),
});

/** Rules within the file; whether the referenced statements exist is checked against the maps (see checkCrossAuthorRefs). */
export const crossAuthorSchema = crossAuthorShapeSchema.superRefine((file, ctx) => {
  const ids = new Set<string>();
  const note = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  file.maps.forEach((m, i) => {
    if (ids.has(m.id)) note(["maps", i, "id"], `duplicate map id "${m.id}"`);
    ids.add(m.id);
  });
  const known = new Set(file.maps.map((m) => m.id));
  const own = new Set<string>();
  file.links.forEach((l, i) => {
    if (own.has(l.id)) note(["links", i, "id"], `duplicate id "${l.id}"`);
    own.add(l.id);
    if (!known.has(l.from.map)) note(["links", i, "from", "map"], `unknown map "${l.from.map}"`);
    if (!known.has(l.to.map)) note(["links", i, "to", "map"], `unknown map "${l.to.map}"`);
  });
  file.issues.forEach((issue, i) => {
    if (own.has(issue.id)) note(["issues", i, "id"], `duplicate id "${issue.id}"`);
    own.add(issue.id);
    issue.positions.forEach((p, j) => {
      if (!known.has(p.map)) note(["issues", i, "positions", j, "map"], `unknown map "${p.map}"`);
    });
  });
});

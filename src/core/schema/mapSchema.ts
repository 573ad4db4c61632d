import { z } from "zod";
import { MAP_FORMAT, MAP_VERSION } from "../model/map";

/**
 * The one source of the map format: the runtime validator, the TypeScript types are checked against it
 * (see schema.test.ts) and the committed JSON Schema is generated from it (npm run schema).
 * Objects are strict so that a misspelt key in a hand-edited file is reported, not silently dropped.
 */
const id = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, "an id starts with a letter and has only letters, digits, - and _");

export const anchorSchema = z.strictObject({
  start: z.int().min(0),
  end: z.int().min(0),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

export const statementSchema = z.strictObject({
  id,
  text: z.string(),
  anchors: z.array(anchorSchema),
  speaker: z.string().min(1).optional(),
  central: z.boolean().optional(),
  tags: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
});

export const inferenceSchema = z.strictObject({
  id,
  kind: z.enum(["support", "attack"]),
  premises: z.array(id).min(1),
  target: id,
  note: z.string().optional(),
});

export const positionSchema = z.strictObject({
  x: z.number(),
  y: z.number(),
  pinned: z.boolean().optional(),
});

export const sourceSchema = z.strictObject({
  file: z.string().min(1),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  title: z.string().optional(),
  author: z.string().optional(),
  outlet: z.string().optional(),
  date: z.string().optional(),
  language: z.string().optional(),
});

export const mapShapeSchema = z.strictObject({
  format: z.literal(MAP_FORMAT),
  version: z.literal(MAP_VERSION),
  id,
  source: sourceSchema,
  statements: z.array(statementSchema),
  inferences: z.array(inferenceSchema),
  layout: z.record(z.string(), positionSchema),
});

/** The shape plus the rules that span records: unique ids, references that resolve, one central claim. */
export const mapSchema = mapShapeSchema.superRefine((map, ctx) => {
  const seen = new Map<string, string>();
  map.statements.forEach((s, i) => {
    if (seen.has(s.id)) ctx.addIssue({ code: "custom", path: ["statements", i, "id"], message: `duplicate id "${s.id}"` });
    seen.set(s.id, "statement");
    s.anchors.forEach((a, j) => {
      if (a.end < a.start)
        ctx.addIssue({ code: "custom", path: ["statements", i, "anchors", j, "end"], message: "an anchor ends before it starts" });
    });
  });
  map.inferences.forEach((inf, i) => {
    if (seen.has(inf.id)) ctx.addIssue({ code: "custom", path: ["inferences", i, "id"], message: `duplicate id "${inf.id}"` });
    seen.set(inf.id, "inference");
  });
  map.inferences.forEach((inf, i) => {
    inf.premises.forEach((p, j) => {
      if (seen.get(p) !== "statement")
        ctx.addIssue({ code: "custom", path: ["inferences", i, "premises", j], message: `premise "${p}" is not a statement of this map` });
    });
    if (!seen.has(inf.target))
      ctx.addIssue({ code: "custom", path: ["inferences", i, "target"], message: `target "${inf.target}" is not in this map` });
    if (inf.target === inf.id)
      ctx.addIssue({ code: "custom", path: ["inferences", i, "target"], message: "an inference cannot target itself" });
    if (inf.premises.includes(inf.target))
      ctx.addIssue({ code: "custom", path: ["inferences", i, "target"], message: "a statement cannot be a premise for itself" });
  });
  const centrals = map.statements.flatMap((s, i) => (s.central ? [i] : []));
  for (const i of centrals.slice(1))
    ctx.addIssue({ code: "custom", path: ["statements", i, "central"], message: "only one statement can be the central claim" });
  for (const key of Object.keys(map.layout)) {
    if (!seen.has(key)) ctx.addIssue({ code: "custom", path: ["layout", key], message: `position for unknown id "${key}"` });
  }
});

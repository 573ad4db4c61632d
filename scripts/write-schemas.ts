/**
 * Writes the JSON Schemas of the two file formats into schema/, generated from the same zod validators the app
 * reads files with, so that other tools (editors, CI) can check Argumap files.
 *   tsx scripts/write-schemas.ts          write schema/argmap.schema.json and schema/workspace.schema.json
 *   tsx scripts/write-schemas.ts --check  exit 1 if the committed files differ from what would be written
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { crossAuthorJsonSchema, mapJsonSchema } from "../src/core";

export const SCHEMA_FOLDER = fileURLToPath(new URL("../schema/", import.meta.url));

/** File name → its content: two-space JSON and a final newline, like the files it describes. */
export function generatedSchemas(): Record<string, string> {
  const text = (schema: Record<string, unknown>) => `${JSON.stringify(schema, null, 2)}\n`;
  return { "argmap.schema.json": text(mapJsonSchema()), "workspace.schema.json": text(crossAuthorJsonSchema()) };
}

/** The names of the committed schema files that differ from the generated ones (or are missing). */
export async function outdatedSchemas(folder = SCHEMA_FOLDER): Promise<string[]> {
  const outdated: string[] = [];
  for (const [name, content] of Object.entries(generatedSchemas())) {
    const committed = await readFile(`${folder}${name}`, "utf8").catch(() => undefined);
    if (committed !== content) outdated.push(name);
  }
  return outdated;
}

async function main(args: string[]): Promise<number> {
  if (args.includes("--check")) {
    const outdated = await outdatedSchemas();
    for (const name of outdated) process.stderr.write(`schema/${name} is out of date: run npm run schema\n`);
    return outdated.length > 0 ? 1 : 0;
  }
  for (const [name, content] of Object.entries(generatedSchemas())) await writeFile(`${SCHEMA_FOLDER}${name}`, content);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main(process.argv.slice(2));

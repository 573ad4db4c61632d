/**
 * Numbered migrations of the map format: migrations[n] turns version n into version n + 1.
 * A reader migrates every older file up to the current version on load, and refuses a newer one:
 * it cannot know what a newer field means, and saving would drop it.
 */
export interface Migration {
  from: number;
  describe: string;
  up: (file: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Version 0 is an unversioned map: the same records without `format`, `version` and the map `id`, with
 * positions inline on each statement as `x`/`y` — the shape a person or a script writes first by hand.
 */
export const mapMigrations: readonly Migration[] = [
  {
    from: 0,
    describe: "add format, version and id; move statement positions into layout",
    up(file) {
      const statements = Array.isArray(file.statements) ? file.statements : [];
      const layout: Record<string, { x: number; y: number }> = {};
      const moved = statements.map((raw) => {
        if (typeof raw !== "object" || raw === null) return raw;
        const { x, y, ...rest } = raw as Record<string, unknown>;
        if (typeof x === "number" && typeof y === "number" && typeof rest.id === "string") layout[rest.id] = { x, y };
        return rest;
      });
      const source = (file.source ?? {}) as Record<string, unknown>;
      const fallbackId = typeof source.file === "string" ? slugOf(source.file) : "map";
      return {
        format: "argumap",
        version: 1,
        id: typeof file.id === "string" ? file.id : fallbackId,
        source,
        statements: moved,
        inferences: file.inferences ?? [],
        layout: { ...layout, ...((file.layout as object | undefined) ?? {}) },
      };
    },
  },
];

export const crossAuthorMigrations: readonly Migration[] = [];

export function slugOf(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  const slug = base
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return /^[a-z]/.test(slug) ? slug : `m-${slug || "map"}`;
}

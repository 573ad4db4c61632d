import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import PDFDocument from "pdfkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBundledWorkspace } from "../../../mapping/bundledWorkspace";
import { type ContentionIssue, type CrossAuthorFile, type Stance, titleOf } from "../../core";
import { exportFontFiles } from "./fonts";
import { handoutPdf } from "./handoutPdf";
import { breakable } from "./handoutPdfKit";

const PDFTOTEXT = "/usr/bin/pdftotext";
const hasPdftotext = existsSync(PDFTOTEXT);
if (!hasPdftotext) console.warn(`skipping the text checks of the handout PDF: ${PDFTOTEXT} (poppler-utils) is not installed`);

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "argumap-handout-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The PDF's text page by page, in drawing order, lines joined as they read (a line ending in a hyphen or dash joined without a space). */
async function pagesOf(pdf: Buffer): Promise<string[]> {
  const file = path.join(dir, `h${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, pdf);
  const run = spawnSync(PDFTOTEXT, ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout
    .split("\f")
    .slice(0, -1)
    .map((page) =>
      page
        .replace(/([\p{L}\p{N}][-–])\n/gu, "$1")
        .replace(/\s+/g, " ")
        .trim(),
    );
}

const mediaBox = (pdf: Buffer) =>
  /\/MediaBox \[([^\]]+)\]/
    .exec(pdf.toString("latin1"))?.[1]
    ?.trim()
    .split(/\s+/)
    .map((n) => Math.round(Number(n)));
const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;

describe("the handout as PDF", () => {
  const { file, maps } = readBundledWorkspace();

  it("is a PDF on A4 portrait by default, and on Letter landscape when asked", async () => {
    const a4 = await handoutPdf(file, maps);
    expect(a4.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(mediaBox(a4)).toEqual([0, 0, 595, 842]);
    const letter = await handoutPdf(file, maps, { page: "letter", landscape: true });
    expect(mediaBox(letter)).toEqual([0, 0, 792, 612]);
  });

  it.skipIf(!hasPdftotext)(
    "prints every question, every op-ed's title and short name, every link's note and quoted span, with diacritics intact",
    async () => {
      const text = (await pagesOf(await handoutPdf(file, maps))).join(" ");
      expect(text).toContain("Strijdpunten: wie zegt wat");
      expect(text).toContain("Oekraïne");
      for (const issue of file.issues) expect(text).toContain(issue.question);
      for (const entry of file.maps) {
        const map = maps[entry.id];
        expect(map, entry.id).toBeDefined();
        if (map) expect(text).toContain(titleOf(map));
        expect(text).toContain(entry.label);
      }
      const notes = file.links.map((l) => l.note ?? "").filter(Boolean);
      expect(notes.length).toBeGreaterThan(20);
      for (const note of notes) expect(text).toContain(note.replace(/\s+/g, " "));
      // The first link's two statements, each with the words of the text it stands for.
      expect(text).toContain("“Hegseth liet weten dat Rusland bezet Oekraïens gebied mag houden en Oekraïne geen NAVO-lid wordt”");
      expect(text).toContain("In de tekst: “Woensdag liet de Amerikaanse defensieminister");
      expect(text).toContain("Legenda");
      expect(text).toMatch(/pagina 1 van \d+/);
    },
  );

  it.skipIf(!hasPdftotext)("speaks English when asked, and marks a cell where an op-ed takes no position", async () => {
    const issues = file.issues.map((i) => (i.id === "q1" ? { ...i, positions: i.positions.filter((p) => p.map !== "osinga-europa") } : i));
    const text = (await pagesOf(await handoutPdf({ ...file, issues }, maps, { language: "en" }))).join(" ");
    expect(text).toContain("Points of contention: who says what");
    expect(text).toContain("takes no position");
    expect(text).toContain("Key");
    expect(text).not.toContain("Strijdpunten");
  });

  it.skipIf(!hasPdftotext)("runs a long matrix onto more pages, each with the header row again and no row split", async () => {
    const long = withIssues(file, 40);
    const pdf = await handoutPdf(long, maps, { landscape: true });
    const short = await handoutPdf(file, maps, { landscape: true });
    expect(pageCount(pdf)).toBeGreaterThan(pageCount(short));
    const pages = await pagesOf(pdf);
    const header = ["Strijdpunt", ...file.maps.map((m) => m.label ?? "")].join(" ");
    const pageOf = long.issues.map((issue) => pages.findIndex((page) => page.includes(issue.question)));
    // Every question is found whole on one page: its row was not split.
    expect(pageOf.every((p) => p >= 0)).toBe(true);
    const matrixPages = [...new Set(pageOf)];
    expect(matrixPages.length).toBeGreaterThan(2);
    for (const p of matrixPages) {
      const page = pages[p] ?? "";
      const first = Math.min(...long.issues.filter((_, i) => pageOf[i] === p).map((issue) => page.indexOf(issue.question)));
      expect(page.indexOf(header), `page ${p + 1}`).toBeGreaterThanOrEqual(0);
      expect(page.indexOf(header), `page ${p + 1}`).toBeLessThan(first);
    }
  });
});

describe("words wider than a column", () => {
  it("get soft hyphens so that each piece fits with its hyphen, never starting a line with a comma or a stub", () => {
    const doc = new PDFDocument();
    doc.registerFont("regular", exportFontFiles().regular);
    doc.font("regular").fontSize(7.5);
    const width = doc.widthOfString("afschrikkingsm") + 1;
    const text = breakable(doc, "Ja: geloofwaardige afschrikkingsmacht, hoe dan ook", width);
    expect(text.replaceAll("\u00AD", "")).toBe("Ja: geloofwaardige afschrikkingsmacht, hoe dan ook");
    const pieces = text.split(" ")[2]?.split("\u00AD") ?? [];
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) expect(doc.widthOfString(`${piece}\u00AD-`)).toBeLessThanOrEqual(width);
    expect(pieces.at(-1)).toMatch(/^\p{L}{3,}/u);
    expect(breakable(doc, "hoe dan ook", width)).toBe("hoe dan ook");
  });
});

const STANCES: readonly Stance[] = ["pro", "contra", "mixed", "none"];

/** The bundled file with `count` generated issues of varying length, some op-eds taking no position. */
function withIssues(file: CrossAuthorFile, count: number): CrossAuthorFile {
  const issues: ContentionIssue[] = Array.from({ length: count }, (_, n) => ({
    id: `g${n + 1}`,
    question: `Vraag ${n + 1}: moet Europa ${"zelf ".repeat(1 + (n % 4))}meer doen voor Oekraïne?`,
    positions: file.maps
      .filter((_, m) => (n + m) % 5 !== 0)
      .map((entry, m) => ({
        map: entry.id,
        statements: [],
        stance: STANCES[(n + m) % STANCES.length] ?? "pro",
        summary: `Standpunt ${n + 1}.${m + 1}${" met een langere toelichting".repeat(n % 3)}`,
      })),
  }));
  return { ...file, issues };
}

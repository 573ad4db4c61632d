import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { readBundledWorkspace } from "../../../mapping/bundledWorkspace";
import { type ContentionIssue, type CrossAuthorFile, type Stance, titleOf } from "../../core";
import { exportFontFiles } from "./fonts";
import { handoutPdf } from "./handoutPdf";
import { breakable } from "./handoutPdfBreak";
import { hasPdftotext, linesOf, PDFTOTEXT, pagesOf } from "./handoutPdfText";

if (!hasPdftotext) console.warn(`skipping the text checks of the handout PDF: ${PDFTOTEXT} (poppler-utils) is not installed`);

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
      const text = pagesOf(await handoutPdf(file, maps)).join(" ");
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
      // The first link's statement in the analyst's words, not quoted, and the words of the text it stands for, quoted.
      expect(text).toContain("Hegseth liet weten dat Rusland bezet Oekraïens gebied mag houden en Oekraïne geen NAVO-lid wordt");
      expect(text).not.toContain("“Hegseth liet weten");
      expect(text).toContain("In de tekst: “Woensdag liet de Amerikaanse defensieminister");
      expect(text).toContain("Legenda");
      expect(text).toMatch(/pagina 1 van \d+/);
    },
  );

  it.skipIf(!hasPdftotext)("carries every issue's note and every note on a position, as the HTML and Markdown handouts do", async () => {
    const text = pagesOf(await handoutPdf(file, maps)).join(" ");
    const issueNotes = file.issues.map((i) => i.note ?? "").filter(Boolean);
    const positionNotes = file.issues.flatMap((i) => i.positions.map((p) => p.note ?? "")).filter(Boolean);
    expect(issueNotes.length).toBeGreaterThan(3);
    expect(positionNotes.length).toBeGreaterThan(15);
    for (const note of [...issueNotes, ...positionNotes]) expect(text).toContain(note.replace(/\s+/g, " "));
    expect(text).toContain("Geen tekst noemt de VS een geloofwaardige bemiddelaar");
    expect(text).toContain("Notitie: Osinga tempert dit zelf");
  });

  it.skipIf(!hasPdftotext)("speaks English when asked, and marks a cell where no position is filled in", async () => {
    const issues = file.issues.map((i) => (i.id === "q1" ? { ...i, positions: i.positions.filter((p) => p.map !== "osinga-europa") } : i));
    const text = pagesOf(await handoutPdf({ ...file, issues }, maps, { language: "en" })).join(" ");
    expect(text).toContain("Points of contention: who says what");
    expect(text).toContain("not filled in");
    expect(text).toContain("no position the analyst checked: the op-ed does not answer this question");
    expect(text).toContain("Key");
    expect(text).not.toContain("Strijdpunten");
  });

  it.skipIf(!hasPdftotext)("runs a long matrix onto more pages, each with the header row again and no row split", async () => {
    const long = withIssues(file, 40);
    const pdf = await handoutPdf(long, maps, { landscape: true });
    const short = await handoutPdf(file, maps, { landscape: true });
    expect(pageCount(pdf)).toBeGreaterThan(pageCount(short));
    const pages = pagesOf(pdf);
    const header = ["Strijdpunt", ...file.maps.map((m) => m.label ?? "")].join(" ");
    // Page by page until the matrix ends; the issues are listed again after it.
    const matrixEnd = pages.findIndex((page) => page.includes("De strijdpunten"));
    const pageOf = long.issues.map((issue) => pages.slice(0, matrixEnd + 1).findIndex((page) => page.includes(issue.question)));
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

describe("the words of the matrix", () => {
  const { file, maps } = readBundledWorkspace();
  const matrixTexts = (f: CrossAuthorFile) => [
    ...f.issues.map((i) => i.question),
    ...f.issues.flatMap((i) => i.positions.map((p) => p.summary ?? "")),
    ...f.maps.map((m) => m.label ?? ""),
  ];

  it.skipIf(!hasPdftotext)("fit their columns on A4 without a break: the columns widen for the longest word", async () => {
    const page = linesOf(await handoutPdf(file, maps))[0] ?? [];
    expect(splitsOf(page, matrixTexts(file))).toEqual([]);
    expect(page.join("\n")).toContain("afschrikkingsmacht,");
  });

  it.skipIf(!hasPdftotext)("break, where they must, between syllables and never leaving fewer than three letters", async () => {
    // Ten op-eds on A4 portrait: columns too narrow for the longest words at any text size.
    const crowded = withOpEds(file, 10);
    const pages = linesOf(await handoutPdf(crowded, maps));
    const matrix = pages.slice(0, 2).flat();
    const splits = splitsOf(matrix, matrixTexts(crowded));
    expect(splits.length).toBeGreaterThan(0);
    for (const [before, after] of splits) {
      expect(letters(before), `${before}-${after}`).toBeGreaterThanOrEqual(3);
      expect(letters(after), `${before}-${after}`).toBeGreaterThanOrEqual(3);
    }
    const deterrence = splits.map((s) => s.join("-")).filter((s) => s.replace("-", "") === "afschrikkingsmacht,");
    expect(deterrence.length).toBeGreaterThan(0);
    for (const split of deterrence) expect(["afschrik-kingsmacht,", "afschrikkings-macht,"]).toContain(split);
  });
});

describe("words wider than a column", () => {
  const doc = new PDFDocument();
  doc.registerFont("regular", exportFontFiles().regular);
  doc.font("regular").fontSize(7.5);

  it("get soft hyphens between syllables, each piece fitting with its hyphen", () => {
    const width = doc.widthOfString("afschrikkingsm") + 1;
    const text = breakable(doc, "Ja: geloofwaardige afschrikkingsmacht, hoe dan ook", width);
    expect(text.replaceAll("\u00AD", "")).toBe("Ja: geloofwaardige afschrikkingsmacht, hoe dan ook");
    const pieces = text.split(" ")[2]?.split("\u00AD") ?? [];
    expect(pieces).toEqual(["afschrikkings", "macht,"]);
    for (const piece of pieces.slice(0, -1)) expect(doc.widthOfString(`${piece}\u00AD-`)).toBeLessThanOrEqual(width);
    expect(breakable(doc, "hoe dan ook", width)).toBe("hoe dan ook");
  });

  it("keep three letters on either side of a break, even where no syllable break fits", () => {
    const width = doc.widthOfString("xxxxx") + 1;
    for (const word of ["afschrikkingsmacht", "Oekraïne", "bemiddelaar"]) {
      const pieces = breakable(doc, word, width).split("\u00AD");
      expect(pieces.join(""), word).toBe(word);
      for (const piece of pieces) expect(letters(piece), `${word}: ${pieces.join("-")}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("are broken after a hard hyphen before they are given a soft one", () => {
    const width = doc.widthOfString("staakt-het-") + 1;
    expect(breakable(doc, "staakt-het-vuren", width)).toBe("staakt-het-vuren");
  });
});

const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

/**
 * Words of the matrix that pdftotext reads split over two lines by a hyphen that is not in the word itself: the
 * piece before the hyphen and the piece after it.
 */
function splitsOf(lines: string[], texts: string[]): [string, string][] {
  const splits: [string, string][] = [];
  lines.forEach((line, i) => {
    const before = /(\S*\p{L})-$/u.exec(line)?.[1];
    const after = /^(\p{L}\S*)/u.exec(lines[i + 1] ?? "")?.[1];
    if (!before || !after) return;
    const hard = texts.some((t) => t.includes(`${before}-${after}`) || t.includes(`${before}-${after.replace(/\P{L}+$/u, "")}`));
    if (!hard) splits.push([before, after]);
  });
  return splits;
}

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

/** The bundled file with its op-eds listed again under new ids until there are `count`, each with its positions. */
function withOpEds(file: CrossAuthorFile, count: number): CrossAuthorFile {
  const copy = (n: number) => (id: string) => (n === 0 ? id : `${id}~${n}`);
  const rounds = Math.ceil(count / file.maps.length);
  const entries = Array.from({ length: rounds }, (_, n) => file.maps.map((m) => ({ ...m, id: copy(n)(m.id), label: `${m.label ?? m.id}` })))
    .flat()
    .slice(0, count);
  const issues = file.issues.map((issue) => ({
    ...issue,
    positions: Array.from({ length: rounds }, (_, n) => issue.positions.map((p) => ({ ...p, map: copy(n)(p.map), statements: [] }))).flat(),
  }));
  return { ...file, maps: entries, issues, links: [] };
}

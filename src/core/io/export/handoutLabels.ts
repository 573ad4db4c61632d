import type { LinkRelation, Stance } from "../../model/workspace";
import type { ExportLanguage } from "./labels";

/** Every word the handout prints that is not the user's, in English and Dutch; the three formats read only these. */
export interface HandoutLabels {
  title: string;
  opEds: string;
  matrix: string;
  issue: string;
  issues: string;
  links: string;
  noIssues: string;
  noLinks: string;
  note: string;
  missing: string;
  /** Before a span of the op-ed's own words: "In de tekst: “…”". */
  inText: string;
  implicit: string;
  key: string;
  statementsKey: string;
  stancesKey: string;
  relationsKey: string;
  page: string;
  stances: Record<Stance, string>;
  /** The cell of an op-ed for which the file records no position at all. */
  absent: string;
  /** What each mark of a cell means, for the key: "none" was looked at and found silent, "absent" was not filled in. */
  stanceMeanings: Record<Stance | "absent", string>;
  /** How the key shows the analyst's own wording of a statement. */
  wordingSample: string;
  wordingMeaning: string;
  quoteMeaning: string;
  implicitSample: string;
  implicitMeaning: string;
  relations: Record<LinkRelation, string>;
  /** One line on what a relation claims, for the key. */
  relationMeanings: Record<LinkRelation, string>;
}

export const HANDOUT_LABELS: Record<ExportLanguage, HandoutLabels> = {
  en: {
    title: "Points of contention: who says what",
    opEds: "The op-eds",
    matrix: "Matrix",
    issue: "Point of contention",
    issues: "The points of contention",
    links: "Links between the op-eds",
    noIssues: "No points of contention yet.",
    noLinks: "No links yet.",
    note: "Note",
    missing: "statement not found",
    inText: "In the text",
    implicit: "implicit: not in the text, added by the analyst",
    key: "Key",
    statementsKey: "Statements and quotations",
    stancesKey: "Stances in the matrix",
    relationsKey: "Links",
    page: "page {n} of {count}",
    stances: { pro: "pro", contra: "contra", mixed: "mixed", none: "no position" },
    absent: "not filled in",
    stanceMeanings: {
      pro: "the op-ed answers the question with yes",
      contra: "the op-ed answers the question with no",
      mixed: "partly yes, partly no",
      none: "the analyst checked: the op-ed does not answer this question",
      absent: "the analysis records nothing for this op-ed on this question (yet)",
    },
    wordingSample: "Text without quotation marks",
    wordingMeaning: "a statement in the analyst's words: a paraphrase, not a quotation",
    quoteMeaning: "the op-ed's own words, verbatim",
    implicitSample: "implicit",
    implicitMeaning: "the statement is not in the text; the analyst added it",
    relations: { same: "says the same as", contradicts: "contradicts", attacks: "attacks", supports: "supports" },
    relationMeanings: {
      same: "the same claim in other words",
      contradicts: "both cannot be true",
      attacks: "gives a reason against the other statement",
      supports: "gives a reason for the other statement",
    },
  },
  nl: {
    title: "Strijdpunten: wie zegt wat",
    opEds: "De opiniestukken",
    matrix: "Matrix",
    issue: "Strijdpunt",
    issues: "De strijdpunten",
    links: "Verbanden tussen de opiniestukken",
    noIssues: "Nog geen strijdpunten.",
    noLinks: "Nog geen verbanden.",
    note: "Notitie",
    missing: "uitspraak niet gevonden",
    inText: "In de tekst",
    implicit: "impliciet: niet in de tekst, toegevoegd bij de analyse",
    key: "Legenda",
    statementsKey: "Beweringen en citaten",
    stancesKey: "Standpunten in de matrix",
    relationsKey: "Verbanden",
    page: "pagina {n} van {count}",
    stances: { pro: "voor", contra: "tegen", mixed: "gemengd", none: "geen standpunt" },
    absent: "niet ingevuld",
    stanceMeanings: {
      pro: "het stuk beantwoordt de vraag met ja",
      contra: "het stuk beantwoordt de vraag met nee",
      mixed: "deels ja, deels nee",
      none: "bij de analyse nagegaan: het stuk beantwoordt deze vraag niet",
      absent: "de analyse legt voor dit stuk bij deze vraag (nog) niets vast",
    },
    wordingSample: "Tekst zonder aanhalingstekens",
    wordingMeaning: "een bewering in de woorden van de analyse: samengevat, geen citaat",
    quoteMeaning: "letterlijk de woorden van het opiniestuk",
    implicitSample: "impliciet",
    implicitMeaning: "de bewering staat niet in de tekst; de analyse heeft haar toegevoegd",
    relations: { same: "zegt hetzelfde als", contradicts: "spreekt tegen", attacks: "valt aan", supports: "steunt" },
    relationMeanings: {
      same: "dezelfde bewering in andere woorden",
      contradicts: "ze kunnen niet allebei waar zijn",
      attacks: "geeft een reden tegen de andere uitspraak",
      supports: "geeft een reden voor de andere uitspraak",
    },
  },
};

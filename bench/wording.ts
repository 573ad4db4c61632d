/**
 * Dutch sentences for generated maps, in the register of the bundled op-eds (war in Ukraine, American
 * diplomacy), with the diacritics real texts have (Oekraïne, vóór, één), so that text measurement, wrapping and
 * anchoring run on the characters they meet in use.
 */

/** Subjects with whether they take a plural verb. */
const SUBJECTS: readonly [string, boolean][] = [
  ["De Europese Unie", false],
  ["Oekraïne", false],
  ["De Verenigde Staten", true],
  ["Het Kremlin", false],
  ["De NAVO", false],
  ["Zelensky", false],
  ["Poetin", false],
  ["Trump", false],
  ["Brussel", false],
  ["De Duitse regering", false],
  ["Frankrijk", false],
  ["Kyiv", false],
  ["De Baltische staten", true],
  ["Den Haag", false],
  ["Europese regeringsleiders", true],
  ["De vredesgezant", false],
  ["Het Witte Huis", false],
  ["De coalitie van bereidwilligen", false],
];

/** Singular, plural, and whether the infinitive takes "te". */
const MODALS: readonly [string, string, boolean][] = [
  ["moet", "moeten", false],
  ["kan", "kunnen", false],
  ["zal", "zullen", false],
  ["wil", "willen", false],
  ["hoeft niet", "hoeven niet", true],
  ["durft niet", "durven niet", true],
  ["mag", "mogen", false],
];

const QUALIFIERS = [
  "vóór de zomer",
  "ondanks de kritiek uit Washington",
  "zonder Amerikaanse steun",
  "na het overleg in Riyad",
  "volgens de analisten",
  "op korte termijn",
  "hoe dan ook",
  "met één stem",
  "binnen afzienbare tijd",
  "desnoods alleen",
  "voorlopig",
  "zo snel mogelijk",
  "tijdens de top in Parijs",
  "na drie jaar oorlog",
  "in het belang van Europa",
  "zonder overleg met de bondgenoten",
];

/** Object and infinitive, apart so that "te" can go between them. */
const ACTIONS: readonly [string, string][] = [
  ["de defensie-uitgaven", "verhogen"],
  ["een staakt-het-vuren", "afdwingen"],
  ["de sancties", "handhaven"],
  ["troepen naar de frontlinie", "sturen"],
  ["de onderhandelingen", "vertragen"],
  ["veiligheidsgaranties", "geven"],
  ["bezet gebied", "teruggeven"],
  ["de financiële steun", "verlengen"],
  ["een geloofwaardige afschrikking", "opbouwen"],
  ["de wapenleveranties", "coördineren"],
  ["de economische druk", "opvoeren"],
  ["de grondstoffendeal", "tekenen"],
  ["de bevroren Russische tegoeden", "inzetten"],
  ["een vredesmacht naar Oekraïne", "sturen"],
  ["het NAVO-lidmaatschap van Oekraïne", "blokkeren"],
  ["de luchtverdediging", "versterken"],
  ["het initiatief aan Washington", "overlaten"],
  ["de publieke opinie", "overtuigen"],
  ["de gesprekken in Istanboel", "hervatten"],
  ["de energiecrisis", "overbruggen"],
];

const SPEAKERS = ["Osinga", "Zelensky", "Macron", "Rutte", "Von der Leyen", "Hegseth", "Kellogg", "Stoltenberg"];

const ASIDES = [
  "Dat bleek vorige week tijdens de top in Parijs.",
  "De reacties in de hoofdsteden waren verdeeld.",
  "Niemand weet hoe lang de wapenstilstand standhoudt.",
  "Het kabinet in Den Haag zweeg er opvallend lang over.",
  "Ook in München klonk die waarschuwing.",
  "De markten reageerden nauwelijks.",
  "In Kyiv werd het nieuws met argwaan ontvangen.",
  "Dat is geen geheim meer.",
  "De cijfers spreken voor zich.",
  "Historici wijzen op het precedent van München in 1938.",
];

/** A small deterministic generator (mulberry32), so that each size always gives the same map. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One claim as the text says it, e.g. "De NAVO moet vóór de zomer de luchtverdediging versterken." */
export function claimSentence(random: () => number): string {
  const [subject, plural] = pick(random, SUBJECTS);
  const [singular, pluralForm, withTe] = pick(random, MODALS);
  const [object, verb] = pick(random, ACTIONS);
  const modal = plural ? pluralForm : singular;
  return `${subject} ${modal} ${pick(random, QUALIFIERS)} ${object} ${withTe ? "te " : ""}${verb}.`;
}

/** The short paraphrase an analyst writes in the box: the claim without its qualifier. */
export function paraphrase(sentence: string): string {
  const withoutStop = sentence.replace(/\.$/, "");
  const qualifier = QUALIFIERS.find((q) => withoutStop.includes(` ${q} `));
  return qualifier ? withoutStop.replace(` ${qualifier} `, " ") : withoutStop;
}

export function speakerFor(random: () => number): string {
  return pick(random, SPEAKERS);
}

export function aside(random: () => number): string {
  return pick(random, ASIDES);
}

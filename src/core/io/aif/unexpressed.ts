import type { ArgumentMap } from "../../model/map";
import type { ConversionReport } from "../report";
import { DEFAULT_SCHEME } from "./types";

/**
 * What the map holds and AIF JSON has no place for, one entry each, so that nothing is lost without a word:
 * the map's id and its source (text file, hash, title, outlet, date, language), the author when a reader
 * cannot tell them from the locutions, the place and context of the anchors (the L-nodes keep only the words),
 * speakers of statements that are said nowhere in the text, the central claim, tags, notes, the layout.
 */
export function unexpressed(map: ArgumentMap): ConversionReport {
  const report: ConversionReport = [];
  report.push(sourceEntry(map));
  const author = authorEntry(map);
  if (author) report.push(author);
  const anchors = map.statements.reduce((n, s) => n + s.anchors.length, 0);
  if (anchors > 0) {
    report.push({
      code: "anchors",
      message: `AIF L-nodes carry the quoted words of ${anchors} anchor(s), not their place in the text nor the words around them: a reader re-finds each quote, and loses one that occurs more than once`,
    });
  }
  const unsaid = map.statements.filter((s) => s.speaker && s.anchors.length === 0).map((s) => s.id);
  if (unsaid.length > 0) {
    report.push({
      code: "speakers",
      message: `AIF names a speaker only for a locution, and ${unsaid.length} statement(s) with a speaker have no words in the text: their speakers are not exported`,
      ids: unsaid,
    });
  }
  const central = map.statements.find((s) => s.central);
  if (central) report.push({ code: "central", message: "AIF has no central claim: not exported", ids: [central.id] });
  const tagged = map.statements.filter((s) => s.tags && s.tags.length > 0).map((s) => s.id);
  if (tagged.length > 0)
    report.push({ code: "tags", message: `AIF has no tags: the tags of ${tagged.length} statement(s) are not exported`, ids: tagged });
  const noted = map.statements.filter((s) => s.note).map((s) => s.id);
  if (noted.length > 0)
    report.push({ code: "notes", message: `AIF I-nodes have no note: ${noted.length} statement note(s) not exported`, ids: noted });
  const schemeLike = map.inferences.filter((i) => i.note && DEFAULT_SCHEME.test(i.note.trim())).map((i) => i.id);
  if (schemeLike.length > 0) {
    report.push({
      code: "inference-notes",
      message: `${schemeLike.length} inference note(s) read as AIF's name for "no scheme" and will not come back as notes`,
      ids: schemeLike,
    });
  }
  if (Object.keys(map.layout).length > 0)
    report.push({ code: "layout", message: "AIFdb JSON has no positions: the layout is not exported" });
  return report;
}

function sourceEntry(map: ArgumentMap): ConversionReport[number] {
  const { file, sha256, title, outlet, date, language } = map.source;
  const named = (label: string, value: string | undefined) => (value ? [`${label} "${value}"`] : []);
  const lost = [
    `the map id "${map.id}"`,
    `the text file name "${file}"`,
    ...(sha256 ? ["the text's SHA-256"] : []),
    ...named("the title", title),
    ...named("the outlet", outlet),
    ...named("the date", date),
    ...named("the language", language),
  ];
  return { code: "source", message: `AIF has no place for the source: ${lost.join(", ")} not exported` };
}

/**
 * A reader takes the speaker of more than half of the locutions for the author (see speakers.ts): say when that
 * will not find the map's author, or will find someone else.
 */
function authorEntry(map: ArgumentMap): ConversionReport[number] | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const s of map.statements) {
    const speaker = s.speaker ?? map.source.author;
    total += s.anchors.length;
    if (speaker) counts.set(speaker, (counts.get(speaker) ?? 0) + s.anchors.length);
  }
  const author = map.source.author;
  const dominant = [...counts].find(([, count]) => count * 2 > total)?.[0];
  if (author && dominant !== author) {
    const count = counts.get(author) ?? 0;
    return {
      code: "author",
      message:
        count === 0
          ? `AIF has no author, and "${author}" says nothing anchored in the text: the author is not exported`
          : `AIF has no author: "${author}" is the speaker of ${count} of the ${total} locutions, too few for a reader to take for the author`,
    };
  }
  if (!author && dominant) {
    return {
      code: "author",
      message: `"${dominant}" is the speaker of more than half of the locutions: a reader will take them for the author`,
    };
  }
  return undefined;
}

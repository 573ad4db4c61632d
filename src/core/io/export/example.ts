import { findQuote } from "../../anchor/quote";
import { addStatement } from "../../commands/addStatement";
import { connect } from "../../commands/connect";
import { addPremise } from "../../commands/linkPremise";
import type { Edit } from "../../commands/outcome";
import { setCentral } from "../../commands/setCentral";
import { updateStatement } from "../../commands/updateStatement";
import { emptyMap } from "../../model/build";
import type { Anchor, ArgumentMap } from "../../model/map";

/**
 * A short Dutch op-ed and its map, built only with core commands, for the export tests, the look script and
 * end-to-end tests of the exports: diacritics (ë, é, ï), curly and low quotes („ ” ‘ ’), dashes, & and < in text
 * and wording, a quoted speaker, a linked argument, a counterclaim and its rebuttal, an undercut, an implicit
 * premise and a loose statement. The map has no layout: exports must place it (withExportLayout).
 */
export const EXPORT_EXAMPLE_TEXT = [
  "Europa moet zelf zorgen voor zijn veiligheid – niet straks, maar nu.",
  "",
  "De Verenigde Staten zijn geen vanzelfsprekende bondgenoot meer. Washington zegt het zelf: Europa moet „de lasten dragen”.",
  "",
  "Critici wijzen op de kosten. „Een Europees leger is onbetaalbaar”, zegt econoom Noël Brûlé. Maar een oorlog kost méér dan defensie & diplomatie samen.",
  "",
  "Bovendien heeft Amerika ons tachtig jaar niet in de steek gelaten, zeggen sommigen. Dat is waar, maar ‘vroeger’ is geen garantie voor morgen.",
  "",
  "De naïeve hoop dat <alles> bij het oude blijft, helpt niemand.",
].join("\n");

export function exportExampleMap(): ArgumentMap {
  let map = emptyMap("europa-zelf", {
    file: "europa-zelf.txt",
    title: "Europa moet zelf zorgen voor zijn veiligheid",
    author: "Anneloes de Wit",
    outlet: "De Dagkrant",
    date: "2025-03",
    language: "nl",
  });
  const step = (edit: Edit): string => {
    if (!edit.ok) throw new Error(`fixture: ${edit.problem}`);
    map = edit.map;
    return edit.created[0] ?? "";
  };
  const quote = (...quotes: string[]): Anchor[] =>
    quotes.map((words) => {
      const found = findQuote(EXPORT_EXAMPLE_TEXT, words);
      if (!found.ok) throw new Error(`fixture: quote not found: ${words}`);
      return found.anchor;
    });
  const s = (text: string, anchors: Anchor[], speaker?: string) => step(addStatement(map, { text, anchors, speaker }));

  const thesis = s(
    "Europa moet nú zelf zorgen voor zijn veiligheid",
    quote("Europa moet zelf zorgen voor zijn veiligheid – niet straks, maar nu."),
  );
  step(setCentral(map, thesis));
  const ally = s(
    "De VS zijn geen vanzelfsprekende bondgenoot meer",
    quote("De Verenigde Staten zijn geen vanzelfsprekende bondgenoot meer."),
  );
  const burden = s(
    "Washington wil dat Europa „de lasten draagt”",
    quote("Washington zegt het zelf: Europa moet „de lasten dragen”."),
    "Washington",
  );
  const implicit = s("Wie niet op een bondgenoot kan rekenen, moet zichzelf kunnen verdedigen", []);
  step(updateStatement(map, implicit, { note: "Impliciet: de auteur neemt dit als vanzelfsprekend aan." }));
  const cost = s("Een Europees leger is onbetaalbaar", quote("„Een Europees leger is onbetaalbaar”"), "Noël Brûlé");
  const war = s(
    "Een oorlog kost méér dan defensie & diplomatie samen",
    quote("Maar een oorlog kost méér dan defensie & diplomatie samen."),
  );
  const eighty = s(
    "Amerika heeft Europa tachtig jaar niet in de steek gelaten",
    quote("Bovendien heeft Amerika ons tachtig jaar niet in de steek gelaten, zeggen sommigen."),
    "sommigen",
  );
  const past = s("‘Vroeger’ is geen garantie voor morgen", quote("‘vroeger’ is geen garantie voor morgen."));
  s(
    "De naïeve hoop dat <alles> bij het oude blijft, helpt niemand",
    quote("De naïeve hoop dat <alles> bij het oude blijft, helpt niemand."),
  );

  const reason = step(connect(map, { kind: "support", premises: [ally], target: thesis }));
  step(addPremise(map, reason, implicit));
  step(connect(map, { kind: "support", premises: [burden], target: ally }));
  step(connect(map, { kind: "attack", premises: [cost], target: thesis }));
  step(connect(map, { kind: "attack", premises: [war], target: cost }));
  step(connect(map, { kind: "attack", premises: [eighty], target: reason }));
  step(connect(map, { kind: "attack", premises: [past], target: eighty }));
  return map;
}

/**
 * Words that name one thing in different ways, read as that one thing before statements are compared.
 *
 * Why: two authors rarely use the same word for the same actor or event. One writes "Moskou" or "het Kremlin"
 * where the other writes "Rusland", one "staakt-het-vuren" where the other writes "wapenstilstand", one
 * "Zelensky" where a translated quote has "Zelenskyy". Word and name overlap sees nothing shared there, so a
 * pair that speaks of the same thing ranks below pairs that merely share a common word.
 *
 * The table is general vocabulary of op-eds on war and peace, not a list fitted to particular statements:
 * - metonymy: a capital, seat of government, adjective or people's name stands for its state as an actor
 *   ("Washington", "het Witte Huis", "Amerikaanse" for the VS); a person is not a state, so "Poetin" is
 *   not read as "Rusland" (leaders.ts adds the state's name beside a head of state's instead);
 * - spelling variants of names across Dutch and English ("Poetin" / "Putin", "Kiev" / "Kyiv");
 * - Dutch synonyms (and their English words, for quoted sources) of the vocabulary of war and peace.
 *
 * Each surface form is matched on the stems of its words (see PhraseTable in phrases.ts), so its inflections
 * come along: "Russische" and "Russisch", "soldaten" and "soldaat". A form of several words matches them with only
 * spaces or hyphens between ("staakt-het-vuren", "staakt het vuren"). The matched words are replaced by the
 * concept's word; the text the user sees keeps the form as written.
 *
 * Leave out forms that often mean something else: "US" (English "us"), "militair" (also the adjective of
 * "militaire steun", not only soldiers). "Europese Unie" is not "Europa": an author who means the continent or
 * its states says "Europa". "bestand" (truce) is kept: in op-eds on war it rarely means a file.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  // States as actors.
  Rusland: ["Russia", "Moskou", "Moscow", "Kremlin", "Russisch", "Russen", "Russian", "Russians"],
  VS: [
    "Verenigde Staten",
    "United States",
    "USA",
    "Amerika",
    "America",
    "Amerikaans",
    "Amerikanen",
    "American",
    "Americans",
    "Washington",
    "Witte Huis",
    "White House",
  ],
  Oekraïne: ["Ukraine", "Kyiv", "Kiev", "Kyjiv", "Oekraïens", "Oekraïners", "Ukrainian", "Ukrainians"],
  EU: ["Europese Unie", "European Union", "Brussel", "Brussels"],
  NAVO: ["NATO", "Noord-Atlantische Verdragsorganisatie"],
  // Names spelt differently in Dutch and English.
  Poetin: ["Putin"],
  Zelensky: ["Zelenski", "Zelenskyy", "Zelenskyj", "Zelenskiy", "Zelenskij"],
  // The vocabulary of war and peace.
  wapenstilstand: ["staakt-het-vuren", "bestand", "ceasefire", "cease-fire", "truce"],
  vredesakkoord: ["vredesovereenkomst", "vredesdeal", "peace deal", "peace agreement"],
  akkoord: ["overeenkomst", "deal", "agreement"],
  troepen: ["soldaten", "troops", "soldiers"],
};

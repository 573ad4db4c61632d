import { nameKey } from "./names";
import { wordsOf } from "./words";

/**
 * Heads of state and government, by the state they lead, for the metonymy op-eds use all the time: "Poetin
 * wil verder vechten" speaks of Russia's course as much as "Moskou wil vasthouden aan de annexaties" does,
 * and "Trump" is the American side of "Amerikaanse bemiddeling".
 *
 * A person is not a state, so a leader is not read as the state (concepts.ts does that for capitals and
 * adjectives): the leader's name stays a word and a name of its own, and the state's name is added beside
 * it. Two statements about Poetin still share more than one about Poetin and one about Moskou.
 *
 * The table is general knowledge, not fitted to particular texts: the sitting and recent presidents and
 * heads of government of the states that op-eds on the war in Ukraine and on Western security speak of, from
 * 2014 on. A state is written as the concept of concepts.ts where it has one ("VS", "Rusland"), so a leader
 * meets every form of it. Left out: names that as often mean someone else or a common word ("Johnson", "Kim",
 * "Rutte", who moved from the Dutch government to NATO).
 */
export const LEADERS: Readonly<Record<string, readonly string[]>> = {
  Rusland: ["Poetin", "Medvedev", "Misjoestin"],
  VS: ["Trump", "Biden", "Obama"],
  Oekraïne: ["Zelensky", "Porosjenko"],
  China: ["Xi", "Jinping"],
  Frankrijk: ["Macron"],
  Duitsland: ["Scholz", "Merz", "Merkel"],
  "Verenigd Koninkrijk": ["Starmer", "Sunak"],
  Turkije: ["Erdogan"],
  Hongarije: ["Orbán"],
  Belarus: ["Loekasjenko", "Lukashenko"],
  Israël: ["Netanyahu"],
  Nederland: ["Schoof"],
};

let statesByLeader: Map<string, string[]> | undefined;

/**
 * The name keys (see nameKey) of the state a one-word name stands for when it names a leader: "Poetins"
 * gives the key of "Rusland", "Zelenskyy" that of "Oekraïne". None for any other name.
 */
export function stateOf(name: string): readonly string[] {
  statesByLeader ??= byLeaderStem();
  const [word, ...rest] = wordsOf(name);
  return (word && rest.length === 0 && statesByLeader.get(word.stem)) || [];
}

function byLeaderStem(): Map<string, string[]> {
  const states = new Map<string, string[]>();
  for (const [state, leaders] of Object.entries(LEADERS)) {
    // Keyed as namesIn keys the state's own name, concept forms folded to the concept ("VS", "oekraine").
    const key = nameKey(
      wordsOf(state)
        .map((w) => w.folded)
        .join(" "),
    );
    for (const leader of leaders) for (const word of wordsOf(leader)) states.set(word.stem, [key]);
  }
  return states;
}

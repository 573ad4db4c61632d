import type { ContentionIssue } from "../../model/workspace";
import type { Corpus, Entry } from "./corpus";

/**
 * Issues the analyst made already, as evidence for the pairs they hold: two statements of different op-eds
 * given as positions on one question speak to the same thing, which is what a link records. It is the user's
 * own word, not a guess from the wording, so it finds pairs that share no word at all ("de Amerikaanse
 * verstrengeling verdiept" against "de tijd van Amerikaanse miljardensteun is voorbij", both answers to "Kunnen
 * Europa en Oekraïne nog op de VS rekenen?").
 */

/**
 * The factor a pair's score is multiplied by when both statements are positions on one issue. A factor, like the
 * central claim's and the links', so a pair that shares nothing with its partner is not offered on the issue
 * alone; one issue or several count the same, since issues in a workspace overlap in what they ask. As strong as
 * the most the links around a pair give (linkedContext.ts): both are the analyst's own word. Measured on the
 * bundled workspace, all links hidden (suggest.test.ts): the two annotated links the wording misses rise from
 * ranks 11 and 14 to 4 and 2 and so into the top five (below 0.7 they stay out), and one link falls from the top
 * to second, passed by another position on its issue.
 */
const BOOST = 1;

/** The questions two statements both answer, for the pairs that have any. Built once per corpus and issue list. */
export class SharedIssues {
  private readonly shared = new Map<number, string[]>();

  constructor(
    private readonly corpus: Corpus,
    issues: readonly ContentionIssue[],
  ) {
    for (const issue of issues) {
      const held = issue.positions.flatMap((p) =>
        p.statements.flatMap((s) => {
          const index = corpus.indexOf.get(`${p.map}:${s}`);
          return index === undefined ? [] : [{ map: p.map, index }];
        }),
      );
      for (const x of held)
        for (const y of held) if (x.index < y.index && x.map !== y.map) this.add(this.keyOf(x.index, y.index), issue.id);
    }
  }

  factor(a: Entry, b: Entry): number {
    return this.shared.has(this.keyOf(a.index, b.index)) ? 1 + BOOST : 1;
  }

  /** The ids of the issues both statements are positions on, in the file's order. */
  issues(a: Entry, b: Entry): readonly string[] {
    return this.shared.get(this.keyOf(a.index, b.index)) ?? [];
  }

  private add(key: number, issue: string): void {
    const known = this.shared.get(key);
    if (!known) this.shared.set(key, [issue]);
    else if (!known.includes(issue)) known.push(issue);
  }

  private keyOf(a: number, b: number): number {
    const n = this.corpus.entries.length;
    return a < b ? a * n + b : b * n + a;
  }
}

/**
 * The shared words of a suggestion worth reading: not a name the names reason already shows, and not a word
 * that also comes as the first of a near-synonym pair ("steun" beside "steun ≈ hulp").
 */
export function wordsToShow(words: readonly string[], names: ReadonlySet<string>): string[] {
  const paired = new Set(words.filter((w) => w.includes(" ≈ ")).map((w) => w.split(" ≈ ")[0]?.toLowerCase()));
  return words.filter((w) => w.includes(" ≈ ") || !(names.has(w.toLowerCase()) || paired.has(w.toLowerCase())));
}

/**
 * Words that carry no content of their own, in Dutch and English, after the Snowball stop-word lists (lower
 * case, diacritics folded the way words.ts folds them). Negations are among them: two statements that differ
 * only in "niet" still speak of the same thing, which is all a suggestion claims.
 */
const DUTCH = `aan aangezien achter af al alle alleen alles als alsnog altijd andere anders ben bij bijna binnen boven
daar daarom dan dat de deze die dit doch doen door dus echter een eens eigen en enige enkele er ermee erop ervan
te der etc even ge geen geweest haar had heb hebben heeft hem het hier hij hoe hoewel hun iemand iets ik in is ja
je jij jou jouw juist kan kon konden kun kunnen kunt maar me meer men met mij mijn moet moeten na naar nadat
niet niets nog nu of om omdat ondanks onder ons ook op over reeds sinds tegen toch toen tot tussen u uit uw van
veel voor vooral want waren was wat we wel welk welke werd werden wie wij wil willen wordt worden zal ze zei zelf
zich zij zijn zo zodat zonder zou zouden dezelfde hetzelfde waar waarin waarop waarmee wanneer zeer zeker steeds
vaak nooit ooit opnieuw daarbij daarmee daardoor daarna daarvan hierbij hiermee zowel noch dient aldus volgens
mogelijk misschien wellicht eerder later nadien tijdens rond rondom vanaf vanuit via per lang langer zegt zeggen
stelt vindt meent gaat gaan komt komen laat laten maakt maken krijgt krijgen blijft blijven staat staan ziet zien
worden geworden wezen elk elke ieder iedere zulke zulk zoals ander beide weinig weer toe voorlopig gewoon echt
zelfs inmiddels intussen ongeveer bijvoorbeeld namelijk immers tenminste minstens`;

const ENGLISH = `a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves also may might must shall says said
still yet already even`;

function wordsOf(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

export const DUTCH_STOP_WORDS: ReadonlySet<string> = wordsOf(DUTCH);
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = wordsOf(ENGLISH);

export function isStopWord(folded: string): boolean {
  return DUTCH_STOP_WORDS.has(folded) || ENGLISH_STOP_WORDS.has(folded);
}

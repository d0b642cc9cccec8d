// A query asked as a question: "how many troops will …", "who said …", "what did Macron
// promise". The question's own words (how, who, did, will, the …) are in every other
// sentence of the data and would rank by chance; they are dropped, and a question about a
// quantity asks for figures first. Pure.

/** How a question begins. */
const QUESTION = /^\s*(?:how|who|whom|whose|what|when|where|why|which|did|does|do|is|are|was|were|will|would|can|could|should|has|have|had)\b/i;
const QUANTITY = /^\s*how\s+(?:many|much)\b/i;

/** The words of a question that say what kind of answer is wanted, not what it is about. */
const FUNCTION_WORDS = new Set(
  (
    'how many much who whom whose what when where why which did does do is are was were will would can could should has have had ' +
    'the a an of to in on at for by with from and or that this these those it its be been being there here ' +
    'he she they them his her their we our you your i me my said say says tell told'
  ).split(' '),
);

/** What a query asks: its words for the search, and whether it asks for a figure. */
export interface ReadQuery {
  /** The words to search for: a question's without its function words (all of them if nothing else is left). */
  words: string;
  /** A "how many" or "how much" question: figures answer it first. */
  wantsFigure: boolean;
}

/** Reads a query: a question loses its function words; any other query is searched as it is. */
export function readQuery(query: string): ReadQuery {
  const trimmed = query.trim();
  if (!QUESTION.test(trimmed) && !trimmed.endsWith('?')) return { words: query, wantsFigure: false };
  const kept = trimmed.split(/\s+/).filter((word) => !FUNCTION_WORDS.has(word.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, '')));
  return { words: kept.length > 0 ? kept.join(' ') : query, wantsFigure: QUANTITY.test(trimmed) };
}

// Where compromise's matches stand in the text, found in one pass over its terms. Pure.

/** What is read of compromise's terms and views. */
export interface Term {
  pre: string;
  text: string;
  post: string;
}
export interface Matches {
  docs: Term[][];
}

/**
 * Where each term of a compromise document starts in its text, found in one pass.
 * (compromise's own `json({offset: true})` recomputes every offset of the document for
 * each person it returns, which made extraction quadratic in the article's length.)
 */
export function termOffsets(doc: Matches): Map<Term, number> {
  const at = new Map<Term, number>();
  let elapsed = 0;
  for (const sentence of doc.docs) {
    for (const term of sentence) {
      at.set(term, elapsed + term.pre.length);
      elapsed += term.pre.length + term.text.length + term.post.length;
    }
  }
  return at;
}

/** The span of each match of a view: from its first term's text to its last term's. */
export function spansOf(view: Matches, at: ReadonlyMap<Term, number>): { start: number; end: number }[] {
  return view.docs.flatMap((terms) => {
    const first = terms[0];
    const last = terms[terms.length - 1];
    const start = first ? at.get(first) : undefined;
    const lastStart = last ? at.get(last) : undefined;
    return start === undefined || lastStart === undefined || !last ? [] : [{ start, end: lastStart + last.text.length }];
  });
}

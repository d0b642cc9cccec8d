/** One generated article: its id, its file's name (NAME.txt or NAME.html), the file's contents, a quotation of its own and its speaker, and every speaker's name (see generate-articles.mjs). */
export interface GeneratedArticle {
  id: string;
  file: string;
  contents: string;
  quote: string;
  speaker: string;
  speakers: string[];
}

/** `count` articles made from the project's own fixtures, renamed; the same count always gives the same articles. */
export function generateArticles(count: number): GeneratedArticle[];

import nlp from 'compromise';

// compromise as extraction uses it. compromise tags a text in two passes: each word from
// its lexicon and the word's form (its pre-tagger), then some 570 patterns over the
// tagged words (its post-tagger), which settle verbs, adjectives, dates and the rest, and
// take most of a parse's time. Extraction reads people, organizations, places and
// numbers (parse.ts, people.ts, figures.ts), so only the patterns that tag those are kept:
// a tag that is one of READ_TAGS or a kind of one, and the patterns that read hyphenated
// words ("faith-based"), without which "four-legged" would be a count. Measured on the 565
// articles of polnear-dev and polnear-train (`npm run eval`): every reviewed quotation
// has the speaker it had with all the patterns; the drafts of 31 articles differ, mostly
// in names the patterns had split ("name-poss" made a possessive full name two people).
// Nor does extraction read compromise's chunks (the noun and verb phrases its nouns() and
// verbs() read), so the step that finds them is left out of a parse.

/** What extraction reads of a parse: post-tagger patterns that set one of these tags, or a kind of one, are kept. */
const READ_TAGS: readonly string[] = ['Person', 'Organization', 'Place', 'Value', 'Acronym', 'Unit', 'Currency'];

/** The part of compromise's world this module changes (its types call the world an object). */
interface World {
  hooks: string[];
  model: { one: { tagSet: Record<string, { parents?: readonly string[] } | undefined> }; two: { matches: { match: string; tag?: string | readonly string[] }[] } };
}

/** Whether compromise's world has the shape READ_TAGS is applied to. */
function isWorld(world: unknown): world is World {
  const { hooks, model } = (world ?? {}) as { hooks?: unknown; model?: { one?: { tagSet?: unknown }; two?: { matches?: unknown } } };
  return Array.isArray(hooks) && typeof model?.one?.tagSet === 'object' && Array.isArray(model.two?.matches);
}

/** The post-tagger patterns of compromise's world kept (of all it had): set up once, before any text is parsed. */
export const postTaggerPatterns = ((): { kept: number; of: number } => {
  const world: unknown = nlp.world();
  // A compromise of another shape is used whole: slower, never wrong.
  if (!isWorld(world)) return { kept: 0, of: 0 };
  const { tagSet } = world.model.one;
  const reads = (tag: string) => READ_TAGS.includes(tag) || (tagSet[tag]?.parents ?? []).some((parent) => READ_TAGS.includes(parent));
  const all = world.model.two.matches;
  // A pattern's tag is a tag, tags for its words in turn ("#Month #Date"), or a list of them.
  const tagsOf = (tag: string | readonly string[] | undefined) => [tag ?? ''].flat().flatMap((t) => t.split(/\s+/)).map((t) => t.replace(/^#/, ''));
  world.model.two.matches = all.filter((p) => tagsOf(p.tag).some(reads) || /Hyphen/.test(p.match));
  world.hooks = world.hooks.filter((step) => step !== 'chunks');
  return { kept: world.model.two.matches.length, of: all.length };
})();

/** compromise's lexicon of known words and their tags (a tag or a list of them); null if its world has none. */
export const compromiseLexicon: Readonly<Record<string, unknown>> | null = (() => {
  const found: unknown = (nlp.world() as { model?: { one?: { lexicon?: unknown } } } | null)?.model?.one?.lexicon;
  return typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : null;
})();

export default nlp;

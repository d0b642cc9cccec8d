import { join } from 'node:path';
import nlp, { postTaggerPatterns } from '../../src/extract/compromise.js';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { bundleWithPatches } from './bundle.js';

// The build patches compromise as it bundles it (tsup.config.ts): its lexicon comes
// grown already, as JSON, and plugins merge with plain assignments (the built lexicon's
// tables taken whole). What the bundle's compromise knows and how it reads a text must be
// what the library's own does, both as extraction sets them up (src/extract/compromise.ts:
// the post-tagger patterns it reads).

type Nlp = typeof nlp;

/** compromise bundled with the build's own patches to it, once for the tests of this file. */
let bundling: Promise<Nlp> | undefined;
function bundledCompromise(): Promise<Nlp> {
  return (bundling ??= bundle());
}

async function bundle(): Promise<Nlp> {
  const entry = join(tempDir({ 'entry.mjs': `import nlp from ${JSON.stringify(join(process.cwd(), 'src/extract/compromise.ts'))};\nexport default nlp;\n` }), 'entry.mjs');
  return (await bundleWithPatches<{ default: Nlp }>(entry, 'compromise-', ['compromise-lexicon-built', 'compromise-plain-merge'])).default;
}

describe('compromise as the build bundles it', () => {
  it('knows every word, form and multi-word term the library knows, as the same tags', async () => {
    const bundled = await bundledCompromise();
    type Model = { model: { one: Record<string, unknown>; two: Record<string, unknown> } };
    const ours = (bundled.world() as Model).model;
    const theirs = (nlp.world() as Model).model;
    expect(Object.keys(ours.one.lexicon as object).length).toBeGreaterThan(20_000);
    for (const part of ['lexicon', '_multiCache', 'frozenLex'] as const) expect(ours.one[part], part).toEqual(theirs.one[part]);
    for (const part of ['switches', 'uncountable', 'irregularPlurals'] as const) expect(ours.two[part], part).toEqual(theirs.two[part]);
    // Extraction's setup kept the post-tagger patterns it reads, the same in both copies
    // (as written: a parse compiles them in place).
    type Pattern = { match: string; tag?: unknown; reason?: string };
    const patterns = (two: Record<string, unknown>) => (two.matches as Pattern[]).map(({ match, tag, reason }) => ({ match, tag, reason }));
    expect(postTaggerPatterns.kept).toBeGreaterThan(0);
    expect(postTaggerPatterns.kept).toBeLessThan(postTaggerPatterns.of);
    expect(patterns(ours.two)).toHaveLength(postTaggerPatterns.kept);
    expect(patterns(ours.two)).toEqual(patterns(theirs.two));
    // ...and the steps of a parse, without the chunker extraction never reads.
    type Steps = { hooks: string[] };
    expect((bundled.world() as Steps).hooks).toEqual((nlp.world() as Steps).hooks);
    expect((nlp.world() as Steps).hooks).not.toContain('chunks');
  }, 60_000);

  it('reads a text as the library does', async () => {
    const bundled = await bundledCompromise();
    const text = 'Greta Holm of the Harbour Board said on Monday that the ferries were sinking faster than forecast. "We will see," said Tom Rask, who runs the ice cream stand in New York City. Her husband, Ivo, nodded.';
    // (Each term's id ends in a count of the terms made so far, in either copy.)
    const withoutIds = (view: ReturnType<Nlp>) => JSON.parse(JSON.stringify(view.json(), (key, value: unknown) => (key === 'id' ? undefined : value)));
    expect(withoutIds(bundled(text))).toEqual(withoutIds(nlp(text)));
    expect(bundled(text).people().out('array')).toEqual(nlp(text).people().out('array'));
    expect(bundled(text).people().out('array')).toContain('Greta Holm');
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/verify/claim.js';

describe('a claim pasted the way it circulates', () => {
  it.each([
    ['Macron: "We will not wage war."', 'We will not wage war.', 'Macron'],
    ['Emmanuel Macron said: “We will not wage war.”', 'We will not wage war.', 'Emmanuel Macron'],
    ['"We will not wage war," said President Macron.', 'We will not wage war,', 'President Macron'],
    ['"We will not wage war," Macron said.', 'We will not wage war,', 'Macron'],
    ['"We will not wage war." — Macron', 'We will not wage war.', 'Macron'],
    ['« Nous ne ferons pas la guerre » - Macron', 'Nous ne ferons pas la guerre', 'Macron'],
    ['Ursula von der Leyen wrote on X: "Europe stands ready."', 'Europe stands ready.', 'Ursula von der Leyen'],
  ])('%s: the quoted words are checked and the name is the claimed speaker', (input, quote, speaker) => {
    expect(parseClaim(input)).toEqual({ quote, speaker });
  });

  it('reads two quotations split by a short cue as pieces of one quote, with the cue’s name if it has one', () => {
    expect(parseClaim('"We are ready," she said. "We will not wait."')).toEqual({ quote: 'We are ready, … We will not wait.', speaker: null });
    expect(parseClaim('"We are ready," said Keir Starmer. "We will not wait."')).toEqual({ quote: 'We are ready, … We will not wait.', speaker: 'Keir Starmer' });
  });

  it('keeps quotation marks with no name around them as quoted words with no speaker', () => {
    expect(parseClaim('"We will not wage war."')).toEqual({ quote: 'We will not wage war.', speaker: null });
    expect(parseClaim('She said: "We will not wage war."')).toEqual({ quote: 'We will not wage war.', speaker: null });
  });

  it('leaves anything else as the words to check, marks and all', () => {
    for (const input of [
      'We will not wage war',
      'The minister said the troops would "not wage war" on anyone',
      'Macron: "We will not wage war," said Starmer.',
      'It’s the "reassurance force" that matters',
    ]) {
      expect(parseClaim(input)).toEqual({ quote: input, speaker: null });
    }
  });
});

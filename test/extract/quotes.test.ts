import { describe, expect, it } from 'vitest';
import { findQuotes, paragraphs } from '../../src/extract/quotes.js';

const texts = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it.each([
    ['straight marks', 'He said "we will win" today.', ['we will win']],
    ['curly marks', 'He said “we will win” today.', ['we will win']],
    ['a quote broken by its attribution', '"We will win," she said, "but not today."', ['We will win,', 'but not today.']],
    ['a quote nested in another', 'She said "the so-called "corridor" is gone" then.', ['the so-called "corridor" is gone', 'corridor']],
    ['a closing mark with no space after it', 'these troops "will not wage any war against Russia"but they', ['will not wage any war against Russia']],
    ['a quote never closed: it ends with its paragraph', 'other countries "will determine their position;\n\nNext paragraph.', ['will determine their position;']],
    ['curly nesting inside an unclosed quote', '“Some increase is likely, if the state will “share the cost”, as promised.', ['Some increase is likely, if the state will “share the cost”, as promised.', 'share the cost']],
    ['French guillemets, without the spaces inside them', 'Il a dit : « Nous ne céderons pas » hier.', ['Nous ne céderons pas']],
    ['single guillemets inside double ones', '« Il a crié ‹ non › deux fois »', ['Il a crié ‹ non › deux fois', 'non']],
    ['German low-high marks', 'Sie sagte: „Wir schaffen das.“ Dann ging sie.', ['Wir schaffen das.']],
    ['German reversed guillemets', 'Er sagte: »Das ist gut.« Dann ging er.', ['Das ist gut.']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('marks a quotation that runs over paragraphs (AP style) as continued', () => {
    const text = 'Varga said: "We will be at every meeting.\n\n"We will count every euro."';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => [text.slice(q.start, q.end), q.closed, q.continues])).toEqual([
      ['We will be at every meeting.', false, false],
      ['We will count every euro.', true, true],
    ]);
  });

  it('splits paragraphs at blank lines', () => {
    const text = 'One.\n\n  Two.\n \nThree.';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.']);
  });
});

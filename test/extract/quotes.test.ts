import { describe, expect, it } from 'vitest';
import { findQuotes, paragraphs, withDoubleMarks } from '../../src/extract/quotes.js';

const texts = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it.each([
    ['straight marks', 'He said "we will win" today.', ['we will win']],
    ['curly marks', 'He said “we will win” today.', ['we will win']],
    ['a quote broken by its attribution', '"We will win," she said, "but not today."', ['We will win,', 'but not today.']],
    ['a quote nested in another', 'She said "the so-called "corridor" is gone" then.', ['the so-called "corridor" is gone', 'corridor']],
    ['a closing mark after a nested quotation\'s and a space', 'She said "I never liked the word \'ferryboat,\' " and left. "We will see," he said.', ["I never liked the word 'ferryboat,' ", 'We will see,']],
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

describe('withDoubleMarks (British single marks)', () => {
  const british = (text: string) => {
    const read = withDoubleMarks(text);
    expect(read.length).toBe(text.length);
    return findQuotes(read).map((q) => text.slice(q.start, q.end));
  };

  it.each([
    ['curly single marks', '‘We will win,’ said Ms Holm. ‘Not today.’', ['We will win,', 'Not today.']],
    ['straight single marks', "Ms Holm said: 'We will win.' She left.", ['We will win.']],
    ['apostrophes inside words and before a year', '‘We don’t give up, not in the ’90s,’ she said.', ['We don’t give up, not in the ’90s,']],
    ['a plural\'s apostrophe inside a quotation', '‘It was the teachers’ union that won,’ she said.', ['It was the teachers’ union that won,']],
    ['an elision is no quotation', "He loves rock 'n' roll and said 'yes' twice.", ['yes']],
    ['a quotation left open ends with its paragraph', '‘We will win.\n\nShe left at noon. ‘Goodbye,’ she said.', ['We will win.', 'Goodbye,']],
  ])('%s', (_name, text, expected) => {
    expect(british(text)).toEqual(expected);
  });

  it('reads double marks inside single ones as nested quotations (British style)', () => {
    expect(british('‘He told me “no” twice,’ said Ms Holm. ‘It hurt.’ She added: ‘I will not forget it.’')).toEqual(['He told me “no” twice,', 'no', 'It hurt.', 'I will not forget it.']);
  });

  it('leaves an article where double marks open more than a third as many quotations as single ones: its single marks are nested quotations or apostrophes', () => {
    const text = 'She said "the so-called ‘corridor’ is gone" and ‘left’.';
    expect(withDoubleMarks(text)).toBe(text);
  });
});

// Finding quotations in plain text, as spans of the original characters. Pure.
//
// Curly marks say which way they face; a straight mark opens when nothing is open or
// when it follows a space or an opening bracket inside an open quotation (a nested
// one) and no space follows it, and closes otherwise (so `Russia"but` closes, and so
// does the mark after a nested quotation's closing one and a space: `'ferryboat,' "`).
// A quotation still open at the end of its paragraph ends there; when the next paragraph opens with a mark (AP style),
// it is a continuation by the same speaker.
//
// British papers quote in single marks (‘...’ or '...') and nest double ones inside.
// An article that quotes so is read with its single quotation marks as double ones
// (`withDoubleMarks`), offsets unchanged, so that every rule reads it as it reads an
// American one; the records keep the article's own characters.

/** A span of UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

/** One quotation: the characters between its marks. */
export interface FoundQuote extends Range {
  /** Index of the paragraph it is in. */
  paragraph: number;
  /** Closed before the end of its paragraph. */
  closed: boolean;
  /** Continues a quotation left open at the end of the previous paragraph. */
  continues: boolean;
  /** Index, in the returned list, of the quotation it is nested in. */
  nestedIn: number | null;
}

/** The paragraphs of a text: runs separated by blank lines, without their outer white space. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const breaks = /\n[ \t]*\n/g;
  let start = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const end = m ? m.index : text.length;
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

const OPENERS = new Set([' ', '\t', '\n', '(', '[', '{', '—', '–', '-', ':']);

/** Marks of other languages that say which way they face, and the mark that closes each: « » ‹ › (French, and German reversed), „ “ (German). */
const CLOSERS: Record<string, string> = { '«': '»', '‹': '›', '„': '“' };
/** German and Swiss quotation the other way round: »…« and ›…‹. */
const REVERSED: Record<string, string> = { '»': '«', '›': '‹' };
/** White space just inside a French quotation (« Bonjour »), left out of its span. */
const INNER_SPACE = /[\s\u00a0\u202f]/;

/** Every quotation of the text, in order of their opening marks. */
export function findQuotes(text: string): FoundQuote[] {
  const paras = paragraphs(text);
  const out: FoundQuote[] = [];
  let leftOpen = false;
  paras.forEach((para, p) => {
    const stack: { at: number; closer: string | null }[] = []; // indexes into out, and the mark that closes each (null: English marks)
    const open = (i: number, closer: string | null) => {
      const top = stack[stack.length - 1];
      out.push({ start: i + 1, end: para.end, paragraph: p, closed: false, continues: i === para.start && leftOpen, nestedIn: top ? top.at : null });
      stack.push({ at: out.length - 1, closer });
    };
    const close = (i: number) => {
      const top = stack.pop();
      const q = top ? out[top.at] : undefined;
      if (!q) return;
      q.end = i;
      q.closed = true;
      if (top?.closer !== null) {
        while (q.start < q.end && INNER_SPACE.test(text[q.start] ?? '')) q.start++;
        while (q.end > q.start && INNER_SPACE.test(text[q.end - 1] ?? '')) q.end--;
      }
    };
    for (let i = para.start; i < para.end; i++) {
      const c = text[i] ?? '';
      const top = stack[stack.length - 1];
      if (top?.closer !== null && top?.closer !== undefined && c === top.closer) {
        close(i);
        continue;
      }
      const closer = CLOSERS[c] ?? REVERSED[c];
      // » opens only where no « is waiting for it (German »…«); « always opens.
      if (closer !== undefined && (c in CLOSERS || !stack.some((s) => s.closer === c))) {
        open(i, closer);
        continue;
      }
      if (c !== '"' && c !== '“' && c !== '”') continue;
      const before = i > para.start ? (text[i - 1] ?? ' ') : ' ';
      // (A mark after a space with a space after it closes: "the word 'ferryboat,' " ends there.)
      const after = i + 1 < para.end ? (text[i + 1] ?? ' ') : ' ';
      const opens = c === '“' || (c === '"' && (stack.length === 0 || (OPENERS.has(before) && !/\s/.test(after))));
      if (opens) open(i, null);
      else if (top && top.closer === null) close(i);
    }
    // Still open: the quotation ends with its paragraph.
    const next = paras[p + 1];
    leftOpen = stack.length > 0 && next !== undefined && /^["“«„]/.test(text.slice(next.start, next.start + 1));
  });
  return out.filter((q) => q.end > q.start);
}

/** A mark that may open a quotation in single marks: after a space, a bracket or a dash, or at a paragraph's start, before a letter, a digit or an ellipsis. */
const SINGLE_OPENS = /(?:^|[\s([{—–-])['‘](?=[\p{L}\p{N}…])/gmu;
/** The same for double marks and those of other languages. */
const DOUBLE_OPENS = /(?:^|[\s([{—–-])["“«„»]/gm;

/**
 * Whether an article quotes in single marks: some open quotations, and double marks open
 * at most a third as many (quotations nested in them, as British papers nest). An
 * American article with a quoted headline or two in single marks (two single, one
 * double) is not one.
 */
function quotesInSingleMarks(text: string): boolean {
  let singles = 0;
  for (const m of text.matchAll(SINGLE_OPENS)) if (!ELISION.test(text.slice(m.index + m[0].length - 1, m.index + m[0].length + 5))) singles++;
  if (singles === 0) return false;
  let doubles = 0;
  for (const _ of text.matchAll(DOUBLE_OPENS)) if (++doubles * 3 > singles) return false;
  return true;
}
/** A straight mark that is an elision, not a quotation: 'n', 'em, 'til, 'cause, '90s. */
const ELISION = /^'(?:n'|em\b|til\b|tis\b|cause\b|\d0s\b)/;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * The text with its single quotation marks written as double ones (“ ”), where the
 * article quotes in single marks (`quotesInSingleMarks`); else the text itself.
 * Same length and offsets. An apostrophe stays: a mark inside a word (don’t, O’Neill), at
 * a word's start when nothing is open (’90s, 'n'), and after an s before a word in lower
 * case when the quotation closes later in its paragraph (‘the teachers’ union won,’). A
 * quotation still open at the end of its paragraph ends there, as in findQuotes.
 */
export function withDoubleMarks(text: string): string {
  if (!quotesInSingleMarks(text)) return text;
  const closes = (i: number) => (text[i] === "'" || text[i] === '’') && !/\s/.test(text[i - 1] ?? ' ') && !LETTER.test(text[i + 1] ?? ' ');
  const breakAt = (i: number) => text[i] === '\n' && /^\n[ \t]*\n/.test(text.slice(i, i + 8));
  // Where the next mark that may close a quotation stands, in the same paragraph (one pass back).
  const nextClose = new Int32Array(text.length + 1).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) nextClose[i] = breakAt(i) ? -1 : closes(i) ? i : (nextClose[i + 1] ?? -1);
  const out = text.split('');
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (breakAt(i)) open = false;
    if (c !== "'" && c !== '‘' && c !== '’') continue;
    const before = text[i - 1] ?? '\n';
    const after = text[i + 1] ?? ' ';
    if (!open) {
      if (c === '’' || !(OPENERS.has(before) || i === 0)) continue;
      if (!LETTER.test(after) && after !== '…') continue;
      if (c === "'" && ELISION.test(text.slice(i, i + 6))) continue;
      out[i] = '“';
      open = true;
    } else if (closes(i)) {
      // "the teachers’ union": a plural's apostrophe, where the quotation closes later.
      if (/[sS]/.test(before) && /^\s[a-z]/.test(text.slice(i + 1, i + 3)) && (nextClose[i + 1] ?? -1) >= 0) continue;
      out[i] = '”';
      open = false;
    }
  }
  return out.join('');
}

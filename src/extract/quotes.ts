// Finding quotations in plain text, as spans of the original characters. Pure.
//
// Curly marks say which way they face; a straight mark opens when nothing is open or
// when it follows a space or an opening bracket inside an open quotation (a nested
// one), and closes otherwise (so `Russia"but` closes). A quotation still open at the end
// of its paragraph ends there; when the next paragraph opens with a mark (AP style),
// it is a continuation by the same speaker.

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

/** Every quotation of the text, in order of their opening marks. */
export function findQuotes(text: string): FoundQuote[] {
  const paras = paragraphs(text);
  const out: FoundQuote[] = [];
  let leftOpen = false;
  paras.forEach((para, p) => {
    const stack: number[] = []; // indexes into out
    for (let i = para.start; i < para.end; i++) {
      const c = text[i];
      if (c !== '"' && c !== '“' && c !== '”') continue;
      const before = i > para.start ? (text[i - 1] as string) : ' ';
      const opens = c === '“' || (c === '"' && (stack.length === 0 || OPENERS.has(before)));
      if (opens) {
        out.push({ start: i + 1, end: para.end, paragraph: p, closed: false, continues: i === para.start && leftOpen, nestedIn: stack.length > 0 ? (stack[stack.length - 1] as number) : null });
        stack.push(out.length - 1);
      } else if (stack.length > 0) {
        const q = out[stack.pop() as number] as FoundQuote;
        q.end = i;
        q.closed = true;
      }
    }
    // Still open: the quotation ends with its paragraph.
    leftOpen = stack.length > 0 && p + 1 < paras.length && /^["“]/.test(text.slice((paras[p + 1] as Range).start, (paras[p + 1] as Range).start + 1));
  });
  return out.filter((q) => q.end > q.start);
}

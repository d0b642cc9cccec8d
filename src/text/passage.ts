/** A stretch of a source around a record, and where the record lies in it (UTF-16 offsets). */
export interface Passage {
  text: string;
  start: number;
  end: number;
}

/**
 * The paragraph that holds the range [start, end) of `text`, trimmed to about `max`
 * characters around it at word boundaries, with "…" where it was cut.
 */
export function passageAround(text: string, start: number, end: number, max = 360): Passage {
  let from = text.lastIndexOf('\n\n', start - 1);
  from = from < 0 ? 0 : from + 2;
  let to = text.indexOf('\n\n', end);
  to = to < 0 ? text.length : to;
  const room = Math.max(max - (end - start), 0);
  let cutFrom = false;
  let cutTo = false;
  if (start - from > room / 2) {
    const at = text.indexOf(' ', start - Math.floor(room / 2));
    if (at >= 0 && at < start) {
      from = at + 1;
      cutFrom = true;
    }
  }
  if (to - end > room / 2) {
    const at = text.lastIndexOf(' ', end + Math.floor(room / 2));
    if (at >= end) {
      to = at;
      cutTo = true;
    }
  }
  const prefix = cutFrom ? '…' : '';
  return {
    text: prefix + text.slice(from, to) + (cutTo ? '…' : ''),
    start: start - from + prefix.length,
    end: end - from + prefix.length,
  };
}

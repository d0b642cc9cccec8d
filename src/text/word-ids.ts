import { at } from '../lists.js';
/**
 * Word ids for the words of large texts. A plain word (lower-case ASCII) is hashed from
 * the text in place and compared there, so that the millions of words of a large corpus
 * are not each copied into a string and hashed again by a Map: that halved the build.
 */
export class WordIds {
  readonly words: string[] = [];
  private slots = new Int32Array(1 << 16).fill(-1);

  /** The id of the text's characters [start, end), a plain word. */
  plainId(text: string, start: number, end: number): number {
    let hash = 2166136261;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    const length = end - start;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = at(this.slots, slot);
      if (id < 0) return this.insert(slot, start === 0 && end === text.length ? text : ownCopy(text.slice(start, end)));
      const word = at(this.words, id);
      if (word.length === length && text.startsWith(word, start)) return id;
    }
  }

  /** The id of a word given as a string. */
  id(word: string): number {
    return this.plainId(word, 0, word.length);
  }

  private insert(slot: number, word: string): number {
    const id = this.words.push(word) - 1;
    this.slots[slot] = id;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.words;
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    old.forEach((word, id) => {
      let hash = 2166136261;
      for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
      let slot = hash & mask;
      while (at(this.slots, slot) >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    });
  }
}

/**
 * A plain word's own copy, one byte a character (it is ASCII): a slice of a long text may
 * keep the whole text alive, at two bytes a character if any of it is past Latin-1.
 */
function ownCopy(word: string): string {
  return Buffer.from(word, 'latin1').toString('latin1');
}

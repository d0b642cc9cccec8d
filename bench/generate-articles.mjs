// Articles for the library benchmark, generated from the project's own fixtures
// (test/fixtures/articles: articles written for this project, with their speakers in
// *.gold.json). Article i is fixture i mod 5 with its speakers renamed and a dateline of
// its own, so that every text is new and its people are other people; every fourth one
// is written as a web page, to go through the page reader. Deterministic.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'articles');
const FIRST = ['Ana', 'Boris', 'Chiara', 'Dev', 'Elif', 'Femi', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Marek', 'Noor', 'Oskar', 'Petra', 'Quentin', 'Rosa', 'Sami', 'Tove'];
const LAST = ['Adler', 'Brandt', 'Castillo', 'Dimitrov', 'Eriksen', 'Fontaine', 'Gallo', 'Haddad', 'Ivanova', 'Jansen', 'Kowalski', 'Lindgren', 'Moretti', 'Nakamura', 'Okonkwo', 'Pereira', 'Quist', 'Rahman', 'Sousa', 'Tanaka', 'Ulrich', 'Varga', 'Weber', 'Yilmaz', 'Zielinski'];
const TOWNS = ['Northfield', 'Eastgate', 'Millbrook', 'Harwick', 'Stonebridge', 'Ashby', 'Kelmore', 'Redhaven'];

function bases() {
  return readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(fixtures, name), 'utf8');
      const gold = JSON.parse(readFileSync(join(fixtures, name.replace(/\.txt$/, '.gold.json')), 'utf8'));
      const speakers = [...new Set(gold.quotes.map((q) => q.speaker).filter((s) => typeof s === 'string' && /^\S+ \S+$/.test(s)))];
      return { name: name.replace(/\.txt$/, ''), text, speakers };
    });
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `count` articles: { id, file name, contents, a quotation of its own and its speaker, and every speaker's name }. */
export function generateArticles(count) {
  const all = bases();
  const articles = [];
  for (let i = 0; i < count; i++) {
    const base = all[i % all.length];
    let text = base.text;
    const renamed = base.speakers.map((speaker, j) => {
      const [first, last] = speaker.split(' ');
      const name = [FIRST[(i * 7 + j * 3) % FIRST.length], LAST[(i * 11 + j * 5 + Math.floor(i / all.length)) % LAST.length]];
      // The full name first, then the surname alone (and a first name alone, rarely used).
      text = text.split(speaker).join(name.join(' ')).split(last).join(name[1]).split(`${first} `).join(`${name[0]} `);
      return name.join(' ');
    });
    // A dateline, and a quotation of this article's own (the fixture's are repeated in
    // every fifth article, as wire copy is republished), for verify to find.
    const town = TOWNS[i % TOWNS.length];
    const quote = `The ${town} figures for week ${i + 1} will be published in full`;
    text = `${town.toUpperCase()}, report ${i + 1}.\n\n"${quote}," said ${renamed[0]}.\n\n${text}`;
    const id = `${base.name}-${String(i + 1).padStart(3, '0')}`;
    const page = i % 4 === 3;
    const contents = page
      ? `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(base.name)} ${i + 1}</title><meta property="og:site_name" content="${town} Gazette"><meta property="article:published_time" content="2026-${String((i % 12) + 1).padStart(2, '0')}-15"></head><body><nav><a href="/">${town} Gazette</a> | <a href="/news">News</a></nav><article><h1>${escape(base.name)} ${i + 1}</h1>${text
          .split('\n\n')
          .map((p) => `<p>${escape(p)}</p>`)
          .join('')}</article><footer>© ${town} Gazette</footer></body></html>`
      : text;
    articles.push({ id, file: `${id}.${page ? 'html' : 'txt'}`, contents, quote, speaker: renamed[0], speakers: renamed });
  }
  return articles;
}

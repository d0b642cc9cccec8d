import countries from 'world-countries/countries.json';
import { normalizeWord } from '../text/words.js';

// Countries and their people's names (France / French, United States / American), from
// the world-countries package, so that a role finds its holder in either form: "French
// president" finds the entity whose role is "President of France". The build keeps only
// the two fields used here (tsup.config.ts).

interface Country {
  name: { common: string };
  demonyms?: { eng?: { m?: string; f?: string } };
}

let forms: Map<string, string[]> | undefined;

/** Each country's name and its demonyms (as lower-case word runs), mapped to the others. */
function countryTable(): Map<string, string[]> {
  if (forms) return forms;
  forms = new Map();
  for (const c of countries as readonly Country[]) {
    const name = c.name.common;
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))];
    const key = (s: string) => s.split(/\s+/).map(normalizeWord).join(' ');
    forms.set(key(name), [...(forms.get(key(name)) ?? []), ...demonyms]);
    for (const d of demonyms) forms.set(key(d), [...(forms.get(key(d)) ?? []), name]);
  }
  return forms;
}

/** The other names of the countries a text names: "President of France" → French. */
export function countryForms(text: string): string[] {
  if (text === '') return [];
  const table = countryTable();
  const words = text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).map(normalizeWord);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const other = table.get(words.slice(i, i + n).join(' '));
      if (other) out.push(...other);
    }
  }
  return [...new Set(out)];
}

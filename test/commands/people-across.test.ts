import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

// One person across the library: three articles name Dana Ortiz three ways ("Dana Ortiz",
// "Ms. Ortiz", "Senator Ortiz"); a fourth names another Ortiz, Luis, who stays apart.
const ARTICLES: Record<string, string> = {
  'first.txt': 'Dana Ortiz spoke at the harbour on Monday.\n\n"The bridge will be finished by spring," said Dana Ortiz.\n',
  'second.txt': 'The senator was in town again.\n\n"We found the money for the school," Ms. Ortiz said.\n',
  'third.txt': 'A vote is due in March.\n\n"Nobody will lose their job," Senator Ortiz told reporters.\n',
};
const NAMESAKE = { 'fourth.txt': 'Luis Ortiz runs the ferry.\n\n"The ferry will run all winter," said Luis Ortiz.\n' };

/** A library holding the given articles, and the env that points at it. */
async function libraryOf(files: Record<string, string>): Promise<Record<string, string>> {
  const dir = tempDir(files);
  const env = { FACTS_LIBRARY: join(dir, 'lib'), XDG_CACHE_HOME: join(dir, 'cache') };
  for (const name of Object.keys(files)) expect((await run(['add', join(dir, name)], { env })).code).toBe(0);
  return env;
}

describe('one person across the library', () => {
  it('answers who, --speaker and verify --speaker across every article that names her, whatever the form', async () => {
    const env = await libraryOf(ARTICLES);
    const quotes = ['The bridge will be finished by spring,', 'We found the money for the school,', 'Nobody will lose their job,'];
    for (const name of ['Ortiz', 'Dana Ortiz', 'Senator Ortiz', 'Ms. Ortiz']) {
      const who = await run(['who', name, '--fields', 'text'], { env });
      expect(who.stdout.trim().split('\n').sort(), name).toEqual([...quotes].sort());
      const listed = await run(['quotes', '--speaker', name, '--fields', 'text'], { env });
      expect(listed.stdout.trim().split('\n').sort(), name).toEqual([...quotes].sort());
    }
    const verified = await run(['verify', 'Nobody will lose their job', '--speaker', 'Dana Ortiz', '--fields', 'verdict,source'], { env });
    expect(verified).toEqual({ code: 0, stdout: 'verbatim\tthird\n', stderr: '' });
  });

  it('keeps a namesake apart: a surname both share is ambiguous, a first name decides', async () => {
    const env = await libraryOf({ ...ARTICLES, ...NAMESAKE });
    const ambiguous = await run(['who', 'Ortiz'], { env });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/^facts: 'Ortiz' could be .*Dana Ortiz.*Luis Ortiz|^facts: 'Ortiz' could be .*Luis Ortiz.*Dana Ortiz/);
    const luis = await run(['quotes', '--speaker', 'Luis Ortiz', '--fields', 'text'], { env });
    expect(luis.stdout).toBe('The ferry will run all winter,\n');
    const dana = await run(['quotes', '--speaker', 'Dana Ortiz', '--fields', 'text'], { env });
    expect(dana.stdout).toBe('The bridge will be finished by spring,\n');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { describeFsError } from '../data/load.js';
import { InputError, UsageError } from '../errors.js';
import type { IO } from '../io.js';
import { refuseOptions, withExamples, type CommandDeps } from './common.js';

/** Typed options of `facts extract`. */
export interface ExtractCommandOptions {
  id?: string;
  title?: string;
  url?: string;
  published?: string;
  publisher?: string;
  output?: string;
}

async function readArticle(io: IO, file: string): Promise<string> {
  let bytes: Buffer;
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
    bytes = Buffer.concat(chunks);
  } else {
    try {
      bytes = readFileSync(resolve(io.cwd, file));
    } catch (error) {
      throw new InputError(`${file}: cannot read: ${describeFsError(error as NodeJS.ErrnoException)}`);
    }
  }
  return decodeText(bytes, file === '-' ? 'standard input' : file);
}

/** UTF-8 text, or a one-line error that says what the bytes look like instead. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new InputError(`${name}: is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)`);
  if (bytes.includes(0)) throw new InputError(`${name}: is not text (it holds NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // TypeError: the bytes are not UTF-8; nothing else is thrown here.
    throw new InputError(`${name}: is not UTF-8 text (Latin-1 or another encoding?); convert it to UTF-8 (iconv -f LATIN1 -t UTF-8)`);
  }
}

/** A source id as the dataset schema takes it: letters, digits, ".", "_", ":" or "-". */
const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

function parseSourceId(value: string): string {
  if (!SOURCE_ID.test(value)) throw new InvalidArgumentError('an id is letters, digits, ".", "_", ":" or "-", starting with a letter or digit.');
  return value;
}

/** A source id from a file name: "Harbour Council.txt" -> "harbour-council". */
export function idFromFile(file: string): string {
  if (file === '-') return 'article';
  const slug = basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug || 'article';
}

/** `facts extract FILE|-`: a draft dataset from a plain-text article. */
export function createExtractCommand(deps: CommandDeps): Command {
  const cmd = new Command('extract')
    .description('draft a dataset from a plain-text article: quotes, speakers, figures, claims')
    .argument('<file>', "the article, plain text; '-' reads standard input")
    .option('--id <id>', 'the source id, which also prefixes every record and entity id (default: from the file name)', parseSourceId)
    .option('--title <title>', 'the headline or a descriptive title')
    .option('--url <url>', 'where it was published')
    .option('--published <date>', 'when it was published')
    .option('--publisher <name>', 'who published it')
    .option('-o, --output <path>', 'write the dataset here instead of standard output')
    .action(async (file: string, opts: ExtractCommandOptions, self: Command) => {
      // A draft is a dataset, which is JSON: the output options of the listing commands do not apply.
      refuseOptions(self, ['data'], 'extract reads the article it is given');
      refuseOptions(self, self.optsWithGlobals<{ format?: string }>().format === 'json' ? ['fields', 'limit'] : ['format', 'fields', 'limit'], 'extract writes a dataset as JSON');
      // (decodeText has dropped a byte-order mark, as TextDecoder does.)
      const text = (await readArticle(deps.io, file)).replace(/\r\n?/g, '\n');
      // The extractor (and compromise, its language library) is loaded only here.
      const [{ extractDataset }, { checkInvariants }] = await Promise.all([import('../extract/extract.js'), import('../data/validate.js')]);
      const dataset = extractDataset(text, { id: opts.id ?? idFromFile(file), title: opts.title, url: opts.url, published: opts.published, publisher: opts.publisher });
      // Every record is anchored by construction; check it as any user dataset is checked.
      const problems = checkInvariants([{ file: 'extracted', data: dataset }]);
      if (problems.length > 0) throw new Error(`extraction broke its own invariant: ${problems[0]}`);
      const json = `${JSON.stringify(dataset, null, 2)}\n`;
      if (opts.output) {
        try {
          writeFileSync(resolve(deps.io.cwd, opts.output), json);
        } catch (error) {
          throw new InputError(`${opts.output}: cannot write: ${describeFsError(error as NodeJS.ErrnoException)}`);
        }
      } else deps.io.out(json);
      deps.setExitCode(0);
    });
  return withExamples(cmd, [
    'facts extract article.txt -o draft.json',
    'facts --data draft.json quotes',
    'pbpaste | facts extract - --id interview --title "Interview with the mayor" > draft.json',
  ]);
}

// Renders the man page, man/facts.1, from the markdown src/man.ts writes (bundled as
// dist/man.cjs), with marked-man. Run by the build (tsup.config.ts, onSuccess), so that
// `npm install` and `npm run build` both leave it where package.json's "man" says.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import markedMan from 'marked-man';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { manMarkdown } = require(join(root, 'dist', 'man.cjs'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
marked.use({ ...markedMan, manVersion: version, manual: 'facts manual' });
mkdirSync(join(root, 'man'), { recursive: true });
writeFileSync(join(root, 'man', 'facts.1'), marked.parse(manMarkdown()));

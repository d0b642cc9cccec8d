// The type assertions (`x as T`) in src/, by file, most first, and in all; `as const` is
// counted apart, since it asserts nothing. Read with the TypeScript compiler's own parser,
// so that "as" in comments and strings is not counted. `node scripts/casts.mjs`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.ts')) files.push(path);
  }
};
walk(join(root, 'src'));

let casts = 0;
let consts = 0;
const byFile = [];
for (const file of files) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let here = 0;
  const visit = (node) => {
    if (ts.isAsExpression(node)) {
      if (ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(source) === 'const') consts++;
      else here++;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  casts += here;
  if (here > 0) byFile.push([here, relative(root, file)]);
}
for (const [n, file] of byFile.sort((a, b) => b[0] - a[0])) console.log(`${String(n).padStart(4)}  ${file}`);
console.log(`${String(casts).padStart(4)}  in all (and ${consts} as const)`);

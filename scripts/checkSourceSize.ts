/** `npm run lint` step: fails when a source file is over its line limit (see sourceSize.ts). */
import { fileURLToPath } from 'node:url';
import { oversizedFiles } from './sourceSize';

const root = fileURLToPath(new URL('..', import.meta.url));
const over = oversizedFiles(root);
for (const f of over) {
  console.error(`${f.file}: ${f.lines} lines, over the limit of ${f.limit}. Split it.`);
}
process.exitCode = over.length > 0 ? 1 : 0;

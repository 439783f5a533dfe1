// Runs before `npm start` and `npm test` (prestart, pretest), on whatever Node the machine has:
// plain JavaScript, so that a wrong environment is named in one sentence with what to do,
// instead of failing on the first TypeScript file. The project runs on the Node 24 that
// `npm ci` installs into node_modules (the npm registry's `node` package), which npm puts
// first on PATH for every script.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);

function refuse(sentence) {
  console.error(sentence);
  process.exit(1);
}

if (!existsSync(join(root, 'node_modules', '.bin', 'node'))) {
  refuse(
    `The dependencies are not installed (node_modules is missing or incomplete): run \`npm ci\` first, then run this command again.`,
  );
}
if (major !== 24) {
  refuse(
    `This runs on Node ${process.versions.node}, but the project needs the Node 24 that \`npm ci\` puts in node_modules/.bin: run it through npm (\`npm start\`, \`npm test\`), not with \`node\` directly.`,
  );
}

/**
 * Fails when a generated file is out of date with the SDLs or the test documents: the
 * generator runs in check mode and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const result = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check', '--silent'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.error('Generated types are out of date: run "npm run compose && npm run codegen" and commit the result.');
  process.exit(1);
}

import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The architecture rules' messages for `code` as if it stood at `path` in the tree. */
async function refusals(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('architecture/')).map((m) => m.message);
}

describe('the walls of the house, as npm test lints them', () => {
  it('refuses a tool that reaches past a layer front door, and accepts the door', async () => {
    expect(
      await refusals('scripts/probe.ts', "import { trace } from '../core/lineage/trace.ts';\nvoid trace;\n"),
    ).toEqual(['core/lineage/trace.ts is inside core/lineage: import its front door, core/lineage/index.ts']);
    expect(
      await refusals('scripts/probe.ts', "import { trace } from '../core/lineage/index.ts';\nvoid trace;\n"),
    ).toEqual([]);
  });

  it('refuses a layer that imports a layer above it', async () => {
    const found = await refusals(
      'core/registry/probe.ts',
      "import { exposure } from '../lineage/index.ts';\nvoid exposure;\n",
    );
    expect(found).toEqual([
      'core/registry stands below core/lineage (registry ← lineage ← compliance ← reporting) and cannot import it',
    ]);
  });

  it('refuses a subgraph that imports another subgraph', async () => {
    const found = await refusals(
      'subgraphs/reporting/probe.ts',
      "import { createLoaders } from '../lineage/loaders.ts';\nvoid createLoaders;\n",
    );
    expect(found).toEqual([
      'a subgraph never imports another: subgraphs/reporting imports subgraphs/lineage/loaders.ts',
    ]);
  });

  it('refuses the infrastructure importing the domain, and the gateway importing a subgraph', async () => {
    expect(
      await refusals('infra/probe.ts', "import { standingAt } from '../core/registry/index.ts';\nvoid standingAt;\n"),
    ).toEqual(['infra/ is the ground and imports nothing above it, here core/registry/index.ts']);
    expect(
      await refusals('gateway/probe.ts', "import { subgraphs } from '../subgraphs/index.ts';\nvoid subgraphs;\n"),
    ).toEqual(['the gateway imports only infra/, not subgraphs/index.ts']);
  });

  it('refuses an import that closes a circle, naming every file of it', async () => {
    // affiliations.ts imports immigration-agents.ts; the reverse would close a circle.
    const found = await refusals(
      'core/registry/immigration-agents.ts',
      "import type { AffiliationRow } from './affiliations.ts';\nexport type Probe = AffiliationRow;\n",
    );
    expect(found).toEqual([
      'import circle: core/registry/immigration-agents.ts → core/registry/affiliations.ts → core/registry/immigration-agents.ts',
    ]);
  });

  it('lets a test import any module, to test it on its own', async () => {
    expect(
      await refusals('test/unit/probe.test.ts', "import { trace } from '../../core/lineage/trace.ts';\nvoid trace;\n"),
    ).toEqual([]);
  });
});

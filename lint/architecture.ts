/**
 * The walls of the house, checked by ESLint on every `npm test`:
 *
 *   infra/                       the ground: imports nothing of the domain, the subgraphs or the tools
 *   core/registry ← lineage ← compliance ← reporting
 *                                each layer imports infra, its own files and the front door
 *                                (index.ts) of a layer below it, never one above
 *   subgraphs/<name>/            a thin GraphQL adapter: infra, core front doors, subgraphs/runtime;
 *                                never another subgraph
 *   gateway/                     composes, authenticates, limits and routes: infra only
 *   scripts/, bench/             infra, core front doors, and the front doors of the subgraphs
 *                                (subgraphs/index.ts) and of the gateway (gateway/index.ts)
 *   explorer/                    the browser's code: nothing outside explorer/
 *
 * and no file, wherever it stands, is part of an import circle. Tests may import any module, so
 * that each can be tested on its own.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Rule } from 'eslint';

const ROOT = resolve(import.meta.dirname, '..');
const LAYERS = ['registry', 'lineage', 'compliance', 'reporting'] as const;
type Layer = (typeof LAYERS)[number];

/** Where a file stands in the house. */
type Room =
  | { kind: 'infra' }
  | { kind: 'core'; layer: Layer }
  | { kind: 'subgraph'; name: string }
  | { kind: 'subgraphs-door' }
  | { kind: 'gateway' }
  | { kind: 'gateway-door' }
  | { kind: 'tools' }
  | { kind: 'explorer' }
  | { kind: 'outside' };

const pathOf = (file: string) => relative(ROOT, file).split(sep).join('/');

function roomOf(file: string): Room {
  const [top, second] = pathOf(file).split('/');
  if (top === 'infra') return { kind: 'infra' };
  if (top === 'core' && (LAYERS as readonly string[]).includes(second ?? ''))
    return { kind: 'core', layer: second as Layer };
  if (top === 'subgraphs')
    return second === 'index.ts' ? { kind: 'subgraphs-door' } : { kind: 'subgraph', name: second ?? '' };
  if (top === 'gateway') return second === 'index.ts' ? { kind: 'gateway-door' } : { kind: 'gateway' };
  if (top === 'scripts' || top === 'bench') return { kind: 'tools' };
  if (top === 'explorer') return { kind: 'explorer' };
  return { kind: 'outside' };
}

const frontDoor = (layer: Layer) => join(ROOT, 'core', layer, 'index.ts');

/** Why an import from `from` to `to` breaks a wall, or null when it does not. */
export function wallBroken(from: string, to: string): string | null {
  const a = roomOf(from);
  const b = roomOf(to);
  const target = pathOf(to);
  const throughDoor = b.kind === 'core' && to === frontDoor(b.layer);
  const coreDoor = () =>
    b.kind === 'core' && !throughDoor
      ? `${target} is inside core/${b.layer}: import its front door, core/${b.layer}/index.ts`
      : null;
  switch (a.kind) {
    case 'outside':
      return null;
    case 'infra':
      return b.kind === 'infra' ? null : `infra/ is the ground and imports nothing above it, here ${target}`;
    case 'core': {
      if (b.kind === 'infra') return null;
      if (b.kind !== 'core') return `core/${a.layer} imports only infra/ and the core, not ${target}`;
      if (b.layer === a.layer) return null;
      if (LAYERS.indexOf(b.layer) > LAYERS.indexOf(a.layer))
        return `core/${a.layer} stands below core/${b.layer} (registry ← lineage ← compliance ← reporting) and cannot import it`;
      return coreDoor();
    }
    case 'subgraph': {
      if (b.kind === 'infra') return null;
      if (b.kind === 'core') return coreDoor();
      if (b.kind === 'subgraph' && (b.name === a.name || (b.name === 'runtime' && a.name !== 'runtime'))) return null;
      if (b.kind === 'subgraph')
        return a.name === 'runtime'
          ? `subgraphs/runtime serves every subgraph and imports none, here ${target}`
          : `a subgraph never imports another: subgraphs/${a.name} imports ${target}`;
      return `subgraphs/${a.name} imports only infra/, the core's front doors and subgraphs/runtime, not ${target}`;
    }
    case 'subgraphs-door':
      return b.kind === 'subgraph' ? null : `subgraphs/index.ts hands on the subgraphs only, not ${target}`;
    case 'gateway':
    case 'gateway-door':
      return b.kind === 'infra' || b.kind === 'gateway' ? null : `the gateway imports only infra/, not ${target}`;
    case 'tools':
      if (b.kind === 'infra' || b.kind === 'tools' || b.kind === 'subgraphs-door' || b.kind === 'gateway-door')
        return null;
      if (b.kind === 'gateway') return `${target} is inside the gateway: import its front door, gateway/index.ts`;
      if (b.kind === 'core') return coreDoor();
      if (b.kind === 'subgraph')
        return `${target} is inside a subgraph: import the subgraphs' front door, subgraphs/index.ts`;
      return `scripts/ and bench/ import infra/ and front doors (core/<layer>/index.ts, subgraphs/index.ts, gateway/index.ts), not ${target}`;
    case 'explorer':
      return b.kind === 'explorer'
        ? null
        : `the explorer runs in the browser and imports nothing outside explorer/, here ${target}`;
  }
}

const IMPORTS =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm;
const graph = new Map<string, string[]>();

/** The files a file imports by relative path, as read from disk (each file read once per run). */
function importsOf(file: string): string[] {
  let found = graph.get(file);
  if (found !== undefined) return found;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // A package or a file that is not there: no arrows out of it.
  }
  found = [...text.matchAll(IMPORTS)].map((match) => resolve(dirname(file), match[1] ?? match[2] ?? match[3] ?? ''));
  graph.set(file, found);
  return found;
}

/** The way from `start` back to `file` through imports, if there is one: the circle the import closes. */
export function circleThrough(file: string, start: string): string[] | null {
  const seen = new Set<string>();
  const walk = (at: string, trail: string[]): string[] | null => {
    if (at === file) return trail;
    if (seen.has(at)) return null;
    seen.add(at);
    for (const next of importsOf(at)) {
      const way = walk(next, [...trail, next]);
      if (way !== null) return way;
    }
    return null;
  };
  return walk(start, [start]);
}

const isTest = (file: string) => pathOf(file).startsWith('test/');

function check(context: Rule.RuleContext, node: Rule.Node, source: unknown, what: 'walls' | 'circles') {
  if (typeof source !== 'string' || !source.startsWith('.')) return;
  const file = resolve(context.filename);
  if (isTest(file)) return;
  const target = resolve(dirname(file), source);
  if (what === 'walls') {
    const broken = wallBroken(file, target);
    if (broken !== null) context.report({ node, message: broken });
    return;
  }
  const circle = circleThrough(file, target);
  if (circle !== null) context.report({ node, message: `import circle: ${[file, ...circle].map(pathOf).join(' → ')}` });
}

const visiting = (what: 'walls' | 'circles'): Rule.RuleModule => ({
  meta: { type: 'problem', schema: [] },
  create: (context) => ({
    ImportDeclaration: (node) => check(context, node, node.source.value, what),
    ExportNamedDeclaration: (node) => check(context, node, node.source?.value, what),
    ExportAllDeclaration: (node) => check(context, node, node.source.value, what),
    ImportExpression: (node) => check(context, node, node.source.type === 'Literal' ? node.source.value : null, what),
  }),
});

export const architecture = {
  meta: { name: 'architecture' },
  rules: { walls: visiting('walls'), 'no-circles': visiting('circles') },
};

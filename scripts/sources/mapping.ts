/**
 * A mapping says how the rows of one published layout become what the service records:
 * which column holds the time (and in which layouts and zone), who sent, who answered, who
 * received, whose identifier the row names (hashed on the way in), the categories, purpose
 * and channel. Mappings are JSON or YAML files; the built-in readers are mappings too
 * (`scripts/sources/mappings/`). A value written `$name` is a parameter the command line
 * sets (`--agency`, `--vendor`, `--param name=value`) or the mapping's `params` default.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CHANNELS } from '../../core/lineage/index.ts';
import { CATEGORIES, IDENTIFIER_KINDS, type Category, type IdentifierKind } from '../../core/registry/index.ts';
import { TABLE_FORMATS, type TableFormat } from './table.ts';
import { isZone, TIME_PATTERNS, type TimeFormat } from './times.ts';

/** A cell (the first of these columns that is present and not empty) or a constant. */
export type ValueSource = { column: string[]; otherwise?: string } | { constant: string };

export type Mapping = {
  name: string;
  format?: TableFormat;
  sheet?: string | number;
  header: boolean | 'auto';
  /** The columns by position, for files without a header row. */
  columns: string[];
  /** Cells that mean "withheld" (`***`): read as empty. */
  redacted: string[];
  /** Columns that tell two rows apart besides what they mean (a log's own row id). */
  key: string[];
  time: { column: string[]; formats: TimeFormat[] };
  /** The start of the period the row covers (a search's time frame): the first time in the cell. */
  since?: { column: string[]; formats: TimeFormat[] };
  sender: ValueSource;
  /** The party that answers for the sender (a vendor hosting an agency's data); none: the sender. */
  holder?: ValueSource;
  recipient: ValueSource;
  subject?: { column: string[]; kind: IdentifierKind; scope?: string };
  categories: Category[];
  purpose: ValueSource;
  channel: (typeof CHANNELS)[number];
  dataset: string;
  sourceSystem: string;
  params: Record<string, string>;
};

export class MappingError extends Error {}

const list = (value: unknown): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];

/** Reads and checks a mapping file; every problem is named with its member. */
export async function loadMapping(file: string): Promise<Mapping> {
  const text = await readFile(file, 'utf8');
  let raw: unknown;
  try {
    raw = extname(file).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new MappingError(`${file}: not ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
  return checkMapping(raw, file);
}

export function checkMapping(raw: unknown, where = 'mapping'): Mapping {
  const fail = (message: string): never => {
    throw new MappingError(`${where}: ${message}`);
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail('must be an object');
  const m = raw as Record<string, unknown>;
  const params = (m.params ?? {}) as Record<string, string>;
  const value = (name: string, required = true): ValueSource | undefined => {
    const v = m[name];
    if (v === undefined) return required ? fail(`${name} is required ({column: ...} or {constant: ...})`) : undefined;
    if (typeof v === 'string') return { constant: v };
    const o = v as Record<string, unknown>;
    if (typeof o.constant === 'string') return { constant: o.constant };
    if (o.column === undefined) return fail(`${name} must name a column or a constant`);
    return typeof o.otherwise === 'string'
      ? { column: list(o.column), otherwise: o.otherwise }
      : { column: list(o.column) };
  };
  const times = (name: string, required: boolean) => {
    const v = m[name] as Record<string, unknown> | undefined;
    if (v === undefined) return required ? fail(`${name} is required`) : undefined;
    const formats = ((v.formats ?? [{ pattern: 'iso' }]) as TimeFormat[]).map((format) => {
      if (!TIME_PATTERNS.includes(format.pattern))
        fail(`${name}.formats: pattern must be one of ${TIME_PATTERNS.join(', ')}`);
      if (format.zone !== undefined && !format.zone.startsWith('$') && !isZone(format.zone)) {
        fail(`${name}.formats: "${format.zone}" is not a time zone Intl knows`);
      }
      return format;
    });
    return { column: list(v.column), formats };
  };
  if (typeof m.name !== 'string') fail('name is required');
  if (m.format !== undefined && !TABLE_FORMATS.includes(m.format as TableFormat)) {
    fail(`format must be one of ${TABLE_FORMATS.join(', ')}`);
  }
  const categories = list(m.categories) as Category[];
  const badCategory = categories.find((category) => !CATEGORIES.includes(category));
  if (badCategory !== undefined || categories.length === 0)
    fail(`categories must be categories of ${CATEGORIES.join(', ')}`);
  const channel = String(m.channel ?? '');
  if (!(CHANNELS as readonly string[]).includes(channel)) fail(`channel must be one of ${CHANNELS.join(', ')}`);
  let subject: Mapping['subject'];
  if (m.subject !== undefined) {
    const s = m.subject as Record<string, unknown>;
    if (!(IDENTIFIER_KINDS as readonly string[]).includes(String(s.kind))) {
      fail(`subject.kind must be one of ${IDENTIFIER_KINDS.join(', ')}`);
    }
    subject = {
      column: list(s.column),
      kind: s.kind as IdentifierKind,
      ...(typeof s.scope === 'string' ? { scope: s.scope } : {}),
    };
  }
  const header = m.header ?? true;
  if (header !== true && header !== false && header !== 'auto') fail('header must be true, false or auto');
  const mapping: Mapping = {
    name: m.name as string,
    header: header as Mapping['header'],
    columns: list(m.columns),
    redacted: list(m.redacted),
    key: list(m.key),
    time: times('time', true) as Mapping['time'],
    sender: value('sender') as ValueSource,
    recipient: value('recipient') as ValueSource,
    categories,
    purpose: value('purpose') as ValueSource,
    channel: channel as Mapping['channel'],
    dataset: String(m.dataset ?? `${m.name as string} records`),
    sourceSystem: String(m.sourceSystem ?? m.name),
    params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  };
  const since = times('since', false);
  if (since !== undefined) mapping.since = since;
  const holder = value('holder', false);
  if (holder !== undefined) mapping.holder = holder;
  if (subject !== undefined) mapping.subject = subject;
  if (m.format !== undefined) mapping.format = m.format as TableFormat;
  if (m.sheet !== undefined) mapping.sheet = m.sheet as string | number;
  return mapping;
}

/** The mapping with every `$name` replaced by its parameter; a parameter nobody set is refused. */
export function withParams(mapping: Mapping, given: Record<string, string>): Mapping {
  const params = { ...mapping.params, ...given };
  const missing = new Set<string>();
  const fill = (text: string) =>
    text.replace(/\$([A-Za-z][A-Za-z0-9_]*)/g, (_, name: string) => {
      if (params[name] === undefined) missing.add(name);
      return params[name] ?? '';
    });
  const deep = (value: unknown): unknown =>
    typeof value === 'string'
      ? fill(value)
      : Array.isArray(value)
        ? value.map(deep)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'params' ? v : deep(v)]))
          : value;
  const filled = deep(mapping) as Mapping;
  if (missing.size > 0) {
    throw new MappingError(
      `mapping ${mapping.name} needs ${[...missing].map((name) => (name === 'agency' || name === 'vendor' ? `--${name}` : `--param ${name}=...`)).join(', ')}`,
    );
  }
  for (const time of [filled.time, filled.since]) {
    for (const format of time?.formats ?? []) {
      if (format.zone !== undefined && !isZone(format.zone))
        throw new MappingError(`"${format.zone}" is not a time zone`);
    }
  }
  return filled;
}

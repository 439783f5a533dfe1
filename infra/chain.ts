import { hash } from 'node:crypto';
import type { Tx } from './db.ts';

/**
 * Append-only, hash-chained logs in the graph (the access log; later the disclosure ledger).
 *
 * The hash of entry `seq`, which an auditor can recompute with a few lines of any language:
 *
 *   content = the entry's own fields, without those whose value is null, plus `seq` (an
 *             integer) and `at` (UTC, ISO 8601 with milliseconds: 2025-03-01T15:30:00.123Z)
 *   hash    = lower-case hex of SHA-256 over the UTF-8 bytes of
 *             prevHash + "\n" + canonicalJson(content)
 *   prevHash = the hash of entry seq - 1, or 64 zeros ("0" x 64) for entry 1
 *
 * canonicalJson is JSON without whitespace, object keys sorted by UTF-16 code unit (the same
 * as by code point for the ASCII keys used here), strings escaped as JSON.stringify does. In
 * Python: json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).
 *
 * Anyone who can write to the database could rewrite a whole chain consistently; the chain
 * makes that detectable only against a hash recorded elsewhere, so auditors should write
 * down `lastHash` when they verify.
 */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Labels a chain's entries may carry. Labels cannot be Cypher parameters, so queries are
 * built from this list only, never from a caller's string. A new label needs its
 * (chain, seq) uniqueness constraint in a new migration.
 */
export const CHAIN_LABELS = ['AccessLogEntry', 'LedgerEntry'] as const;
export type ChainLabel = (typeof CHAIN_LABELS)[number];

/** What a property of a Neo4j node can hold; nested maps cannot be stored. */
export type ChainValue = string | number | boolean | null | undefined | string[] | number[] | boolean[];
export type ChainFields = Record<string, ChainValue>;
/** Where an appended entry landed in its chain. */
export type ChainEntry = { seq: number; at: string; hash: string; prevHash: string };

/** Set by the chain itself; an entry's own fields may not use them. */
export const RESERVED_FIELDS: readonly string[] = ['chain', 'seq', 'at', 'hash', 'prevHash'];

/** Deterministic JSON: keys sorted recursively, no whitespace, null-valued keys left out. */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    // A lone surrogate would be stored as U+FFFD and never verify again.
    if (!value.isWellFormed())
      throw new TypeError(`canonicalJson: string ${JSON.stringify(value)} is not valid UTF-16`);
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a finite number`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    let members = '';
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member == null) continue;
      members += `${members === '' ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
    }
    return `{${members}}`;
  }
  throw new TypeError(`canonicalJson: cannot encode ${String(value)} (${typeof value})`);
}

/** The formula documented at the top of this file. */
export function chainHash(prevHash: string, content: Record<string, unknown>): string {
  return hash('sha256', `${prevHash}\n${canonicalJson(content)}`, 'hex');
}

export function checkChainLabel(label: string): ChainLabel {
  if (!(CHAIN_LABELS as readonly string[]).includes(label)) {
    throw new TypeError(`chain label must be one of ${CHAIN_LABELS.join(', ')}; got "${label}"`);
  }
  return label as ChainLabel;
}

// Writing to the head first takes its write lock, so appends to one chain run one at a
// time until their transactions end; the timestamp is read after the lock is held, so `at`
// never goes backwards along the chain. The unique constraint on ChainHead.chain makes a
// concurrent first MERGE create one head.
export const LOCK_CHAIN_HEAD = /* cypher */ `
  MERGE (h:ChainHead {chain: $chain})
  ON CREATE SET h.seq = 0, h.hash = $genesis, h.label = $label
  SET h.lockedAt = datetime()
  RETURN h.seq AS seq, h.hash AS hash, h.label AS label, datetime.realtime().epochMillis AS now`;

export const appendEntriesQuery = (label: ChainLabel) => /* cypher */ `
  UNWIND $entries AS entry
  CREATE (e:${label})
  SET e = entry.fields, e.chain = $chain, e.seq = entry.seq, e.at = datetime($at),
      e.hash = entry.hash, e.prevHash = entry.prevHash
  WITH count(e) AS created
  MATCH (h:ChainHead {chain: $chain})
  SET h.seq = $seq, h.hash = $hash
  RETURN created`;

type Head = { seq: number; hash: string; label: string; now: number };

// Neo4j stores no null property, so a null field is as absent in the graph as in the hash.
function withoutNulls(fields: ChainFields): ChainFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value != null));
}

function checkFields(chain: string, fields: ChainFields): void {
  for (const key of Object.keys(fields)) {
    if (RESERVED_FIELDS.includes(key)) {
      throw new TypeError(`chain ${chain}: field "${key}" is set by the chain itself; rename it`);
    }
  }
  canonicalJson(fields); // refuses what could not be hashed, before anything is written
}

/**
 * Appends entries to a chain inside the caller's write transaction, so they commit or roll
 * back with what they record; a rolled-back append consumes no seq. The head stays locked
 * until the transaction ends: append last, and keep the transaction short.
 */
export async function appendManyToChain(
  tx: Tx,
  chain: string,
  label: ChainLabel,
  fieldsList: readonly ChainFields[],
): Promise<ChainEntry[]> {
  const checked = checkChainLabel(label);
  if (chain.length === 0) throw new TypeError('chain name must not be empty');
  if (fieldsList.length === 0) return [];
  for (const fields of fieldsList) checkFields(chain, fields);
  const [head] = await tx.run<Head>(LOCK_CHAIN_HEAD, { chain, label: checked, genesis: GENESIS_HASH });
  if (head === undefined) throw new Error(`chain ${chain}: locking the head returned no row`);
  if (head.label !== checked) {
    throw new TypeError(`chain ${chain} holds ${head.label} entries; cannot append a ${checked}`);
  }
  const at = new Date(head.now).toISOString();
  let prevHash = head.hash;
  const entries = fieldsList.map((fields, index) => {
    const seq = head.seq + index + 1;
    const hash = chainHash(prevHash, { ...fields, seq, at });
    const entry = { fields: withoutNulls(fields), seq, hash, prevHash };
    prevHash = hash;
    return entry;
  });
  const last = entries.at(-1) as (typeof entries)[number];
  await tx.run(appendEntriesQuery(checked), { chain, at, entries, seq: last.seq, hash: last.hash });
  return entries.map(({ seq, hash, prevHash }) => ({ seq, at, hash, prevHash }));
}

export async function appendToChain(
  tx: Tx,
  chain: string,
  label: ChainLabel,
  fields: ChainFields,
): Promise<ChainEntry> {
  const [entry] = await appendManyToChain(tx, chain, label, [fields]);
  return entry as ChainEntry;
}

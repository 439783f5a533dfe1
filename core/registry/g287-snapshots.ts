import { createHash } from 'node:crypto';
import type { Database } from '../../infra/db.ts';
import { countyDayStart } from '../../infra/calendar.ts';
import { ConflictError, DomainError, ErrorCode, InputError } from '../../infra/errors.ts';
import { recordedNow } from '../../infra/recorded.ts';
import { recordEnforcement } from './affiliations.ts';
import { agencySlug, type Candidate, matchAgency } from './agency-names.ts';
import { endEnforcement } from './enforcement-ends.ts';
import { registerParties } from './parties.ts';

/**
 * ICE's list of agencies with a 287(g) agreement, read as a snapshot dated by the operator: on
 * that date, these agreements run. A listed agency enforces immigration law from its signing
 * date; one that a later snapshot no longer lists stops on that snapshot's date; a pending one
 * never enforces. Intervals are never edited: a stop is an end recorded beside the interval
 * (enforcement-ends.ts), so an answer as of a recorded time before the snapshot still sees it run.
 */
export type G287Agency = {
  state: string;
  name: string;
  county?: string | null;
  supportType: string;
  /** The signing date, YYYY-MM-DD; may be missing only for a pending agency. */
  signed: string | null;
  pending: boolean;
};
export type G287Snapshot = { date: string; source: string; agencies: readonly G287Agency[] };
/** A listed name (in its state) that the operator says is a given registered party. */
export type G287NameMapping = { state: string; name: string; partyId: string };
export type G287Counts = {
  added: number;
  matched: number;
  started: number;
  stopped: number;
  unchanged: number;
  pending: number;
  /** The same snapshot was applied before: nothing was written. */
  alreadyApplied: boolean;
};

/** The reasons a snapshot is refused whole, in `extensions.reason`. */
export const G287_REFUSALS = {
  AMBIGUOUS_AGENCY: 'AMBIGUOUS_AGENCY',
  OLDER_SNAPSHOT: 'OLDER_SNAPSHOT',
  UNKNOWN_MAPPED_PARTY: 'UNKNOWN_MAPPED_PARTY',
} as const;

const LIST = '287g';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KNOWN_TYPES = ['Jail Enforcement Model', 'Task Force Model', 'Warrant Service Officer'];

export const G287_SNAPSHOTS = /* cypher */ `
  MATCH (s:EnforcementSnapshot {list: $list})
  RETURN s.id AS id, s.date AS date, s.digest AS digest ORDER BY s.date DESC`;
export const G287_CANDIDATES = /* cypher */ `
  MATCH (p:Party {kind: 'GOVERNMENT_AGENCY'}) RETURN p.id AS id, p.name AS name`;
// Every interval a 287(g) snapshot listed, with its earliest end (null while it runs).
export const G287_INTERVALS = /* cypher */ `
  MATCH (:EnforcementSnapshot {list: $list})-[l:LISTED]->(i:EnforcementInterval)<-[:ENFORCES_IMMIGRATION_LAW]-(p:Party)
  OPTIONAL MATCH (i)-[:ENDED_BY]->(e:EnforcementEnd)
  WITH i, p, l.supportType AS supportType, min(e.at) AS endedAt
  RETURN DISTINCT i.id AS id, p.id AS partyId, supportType, toString(i.from) AS from,
    CASE WHEN endedAt IS NULL THEN null ELSE toString(endedAt) END AS endedAt`;
export const PARTIES_REGISTERED = /* cypher */ `
  UNWIND $ids AS id MATCH (p:Party {id: id}) RETURN p.id AS id`;
export const RECORD_G287_SNAPSHOT = /* cypher */ `
  CREATE (s:EnforcementSnapshot {id: $id, list: $list, date: $date, source: $source, digest: $digest,
    recordedAt: datetime($recordedAt)})
  WITH s
  UNWIND $listed AS listed
  MATCH (i:EnforcementInterval {id: listed.intervalId})
  CREATE (s)-[:LISTED {supportType: listed.supportType}]->(i)`;

/** Applies a dated 287(g) snapshot: parties added or matched, enforcement started and stopped. */
export async function apply287gSnapshot(
  db: Database,
  snapshot: G287Snapshot,
  options: { names?: readonly G287NameMapping[] } = {},
): Promise<G287Counts> {
  const agencies = snapshot.agencies.map(checkAgency);
  checkDay('date', snapshot.date);
  const source = snapshot.source.trim();
  if (source.length === 0) throw new InputError('a 287(g) snapshot needs a source', 'source', snapshot.source);
  const digest = digestOf(agencies);
  const counts: G287Counts = {
    added: 0,
    matched: 0,
    started: 0,
    stopped: 0,
    unchanged: 0,
    pending: 0,
    alreadyApplied: false,
  };

  const applied = await db.read((tx) =>
    tx.run<{ id: string; date: string; digest: string }>(G287_SNAPSHOTS, { list: LIST }),
  );
  const same = applied.find((row) => row.date === snapshot.date);
  if (same !== undefined && same.digest !== digest)
    throw new ConflictError(
      `the 287(g) snapshot of ${snapshot.date} was already applied with other agencies`,
      snapshot.date,
    );
  if (same !== undefined) return { ...counts, unchanged: agencies.length, alreadyApplied: true };
  const latest = applied[0];
  // What a newer snapshot said stands: an older one cannot start again what it stopped, nor stop what it started.
  if (latest !== undefined && latest.date > snapshot.date)
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `the 287(g) snapshot of ${snapshot.date} is older than the one of ${latest.date} already applied; it is refused, not merged`,
      { reason: G287_REFUSALS.OLDER_SNAPSHOT, value: snapshot.date },
    );

  const partyOf = await resolveParties(db, agencies, options.names ?? [], counts);
  const day = countyDayStart(snapshot.date);
  const listed = new Map<string, { partyId: string; supportType: string; signed: string; agency: G287Agency }>();
  for (const agency of agencies) {
    if (agency.pending) {
      counts.pending += 1;
      continue;
    }
    const partyId = partyOf.get(agencyKey(agency)) as string;
    const key = `${partyId}\u0000${agency.supportType}`;
    const before = listed.get(key);
    if (before === undefined || (agency.signed as string) < before.signed)
      listed.set(key, { partyId, supportType: agency.supportType, signed: agency.signed as string, agency });
  }

  const intervals = await db.read((tx) =>
    tx.run<{ id: string; partyId: string; supportType: string; from: string; endedAt: string | null }>(G287_INTERVALS, {
      list: LIST,
    }),
  );
  const links: Array<{ intervalId: string; supportType: string }> = [];
  for (const [key, agreement] of listed) {
    const mine = intervals.filter((row) => `${row.partyId}\u0000${row.supportType}` === key);
    const running = mine.find((row) => row.endedAt === null);
    if (running !== undefined) {
      counts.unchanged += 1;
      links.push({ intervalId: running.id, supportType: agreement.supportType });
      continue;
    }
    // Listed again with the signing date of an agreement a snapshot already ended: it runs again
    // from this snapshot's date, not over the gap an earlier snapshot showed.
    const signedAt = countyDayStart(agreement.signed);
    const lastEnd = mine.reduce<number>((last, row) => Math.max(last, Date.parse(row.endedAt as string)), -Infinity);
    const from = lastEnd > Date.parse(signedAt) ? day : signedAt;
    const intervalId = boundedId(
      `287g:${agreement.partyId}:${agencySlug(agreement.supportType, 40)}:${from.slice(0, 10)}`,
    );
    const { created } = await recordEnforcement(db, {
      id: intervalId,
      partyId: agreement.partyId,
      from,
      until: null,
      basis: `287(g) ${agreement.supportType} agreement signed ${agreement.signed}; listed in the 287(g) snapshot of ${snapshot.date} (${source})`,
    });
    if (created) counts.started += 1;
    else counts.unchanged += 1;
    links.push({ intervalId, supportType: agreement.supportType });
  }
  const stillListed = new Set(links.map((link) => link.intervalId));
  for (const row of intervals) {
    if (row.endedAt !== null || stillListed.has(row.id)) continue;
    const { created } = await endEnforcement(db, {
      id: boundedId(`${row.id}:end:${snapshot.date}`),
      intervalId: row.id,
      at: day,
      basis: `no longer listed (or only pending) in the 287(g) snapshot of ${snapshot.date} (${source})`,
    });
    if (created) counts.stopped += 1;
  }
  // Recorded last: a run cut short leaves no snapshot, and running it again completes it.
  await db.write(async (tx) => {
    const recordedAt = await recordedNow(tx);
    await tx.run(RECORD_G287_SNAPSHOT, {
      id: `${LIST}:${snapshot.date}`,
      list: LIST,
      date: snapshot.date,
      source,
      digest,
      recordedAt,
      listed: links,
    });
  });
  return counts;
}

async function resolveParties(
  db: Database,
  agencies: readonly G287Agency[],
  names: readonly G287NameMapping[],
  counts: G287Counts,
): Promise<Map<string, string>> {
  const rows = await db.read((tx) => tx.run<{ id: string; name: string }>(G287_CANDIDATES));
  const candidates: Candidate[] = rows.map((row) => ({
    ...row,
    state: /^287g:([a-z]{2}):/.exec(row.id)?.[1]?.toUpperCase() ?? null,
  }));
  const mapped = new Map(names.map((entry) => [agencyKey(entry), entry.partyId]));
  const known = new Set(rows.map((row) => row.id));
  const unknownMapped = [...mapped.values()].filter((id) => !known.has(id));
  if (unknownMapped.length > 0) {
    const found = new Set(
      (
        await db.read((tx) =>
          tx.run<{ id: string }>(PARTIES_REGISTERED, {
            ids: unknownMapped,
          }),
        )
      ).map((row) => row.id),
    );
    const missing = unknownMapped.filter((id) => !found.has(id));
    if (missing.length > 0)
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `the names file maps to parties not registered: ${missing.join(', ')}`,
        {
          reason: G287_REFUSALS.UNKNOWN_MAPPED_PARTY,
          value: missing,
        },
      );
  }
  const partyOf = new Map<string, string>();
  const statesOf = new Map<string, Set<string>>();
  const ambiguous: Array<{ state: string; name: string; candidates: string[] }> = [];
  const toAdd = new Map<string, string>();
  for (const agency of agencies) {
    const key = agencyKey(agency);
    if (partyOf.has(key)) continue;
    const match = mapped.has(key)
      ? { partyId: mapped.get(key) as string }
      : matchAgency(candidates, agency.state, agency.name);
    if ('ambiguous' in match) {
      ambiguous.push({ state: agency.state, name: agency.name, candidates: match.ambiguous });
      continue;
    }
    const partyId =
      'partyId' in match ? match.partyId : boundedId(`287g:${agency.state.toLowerCase()}:${agencySlug(agency.name)}`);
    if ('none' in match && !toAdd.has(partyId)) toAdd.set(partyId, agency.name);
    partyOf.set(key, partyId);
    if (!mapped.has(key)) statesOf.set(partyId, (statesOf.get(partyId) ?? new Set()).add(agency.state));
  }
  // A party of no known state that names in two states both fit is no more one than the other.
  for (const [partyId, states] of statesOf) {
    if (states.size > 1 && !partyId.startsWith('287g:'))
      for (const agency of agencies)
        if (partyOf.get(agencyKey(agency)) === partyId && !ambiguous.some((a) => agencyKey(a) === agencyKey(agency)))
          ambiguous.push({ state: agency.state, name: agency.name, candidates: [partyId] });
  }
  if (ambiguous.length > 0)
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `287(g) snapshot refused: ${ambiguous.length} listed name(s) fit more than one party, or one party in several states; map them in a names file: ${ambiguous
        .map((a) => `${a.state} "${a.name}" → ${a.candidates.join(' | ')}`)
        .join('; ')}`,
      { reason: G287_REFUSALS.AMBIGUOUS_AGENCY, value: ambiguous },
    );
  const added = await registerParties(
    db,
    [...toAdd].map(([id, name]) => ({ id, name, kind: 'GOVERNMENT_AGENCY' as const })),
  );
  counts.added = added.filter((row) => row.created).length;
  counts.matched = new Set(partyOf.values()).size - counts.added;
  return partyOf;
}

function checkAgency(agency: G287Agency, index: number): G287Agency {
  const state = agency.state.trim().toUpperCase();
  const name = agency.name.trim().replace(/\s+/g, ' ');
  if (!/^[A-Z]{2}$/.test(state))
    throw new InputError(
      `agency ${index + 1}: state must be two letters, got "${agency.state}"`,
      'state',
      agency.state,
    );
  if (name.length === 0 || name.length > 300)
    throw new InputError(`agency ${index + 1}: name must be 1 to 300 characters`, 'name', agency.name);
  const given = agency.supportType.trim().replace(/\s+/g, ' ');
  const supportType = KNOWN_TYPES.find((type) => type.toLowerCase() === given.toLowerCase()) ?? given;
  if (supportType.length === 0)
    throw new InputError(`agency ${index + 1}: no support type`, 'supportType', agency.supportType);
  if (agency.signed !== null) checkDay(`agency ${index + 1}: signed`, agency.signed);
  else if (!agency.pending)
    throw new InputError(`agency ${index + 1}: a signed agreement needs its signing date`, 'signed', null);
  return {
    state,
    name,
    county: agency.county?.trim() || null,
    supportType,
    signed: agency.signed,
    pending: agency.pending,
  };
}

function checkDay(what: string, value: string): void {
  if (
    !DAY.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  )
    throw new InputError(`${what} must be a calendar day YYYY-MM-DD, got "${value}"`, 'date', value);
}

const agencyKey = (agency: { state: string; name: string }) =>
  `${agency.state.trim().toUpperCase()}\u0000${agency.name.trim().replace(/\s+/g, ' ')}`;

/** The same agencies in any order give the same digest. */
function digestOf(agencies: readonly G287Agency[]): string {
  const lines = agencies
    .map((a) => JSON.stringify([a.state, a.name, a.county, a.supportType, a.signed, a.pending]))
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** An id of at most 128 characters: as made when it fits, else a digest of it. */
function boundedId(id: string): string {
  return id.length <= 128 ? id : `287g:h:${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}

/**
 * Writes a synthetic county: the NDJSON files in import order and manifest.json. Records
 * are made a chunk of subjects at a time; a chunk's disclosures only carry its own records,
 * so sorting each chunk by time and writing chunk after chunk keeps every record's history
 * in causal order in the file, while memory holds one chunk at most.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CAST_WINDOW, castOf, withCast, type CastEntry } from './compliance.ts';
import { chooseDeletions, chooseRetractions } from './corrections.ts';
import { byFileOrder, type Deletion, type Disclosure, type Retraction } from './events.ts';
import { FlowBuilder } from './flows.ts';
import { grantsOf } from './grants.ts';
import {
  affiliationLine,
  complianceLine,
  deletionLine,
  disclosureLine,
  enforcementLine,
  grantLine,
  partyLine,
  recordLine,
  retractionLine,
} from './lines.ts';
import { plantFlows, type Planted, type PlantedFlow } from './planted.ts';
import { PROFILE, type ProfileName } from './profiles.ts';
import { Random } from './random.ts';
import { chunkRecords, recordId, type RecordBlock } from './records.ts';
import { buildRegistry, pad, type Registry } from './registry.ts';
import { LineWriter } from './writer.ts';
import { KINDS, type Kind } from '../import/layouts.ts';

/** The files, one per kind, in the order the import takes them. */
const FILE_KINDS = KINDS;
type FileKind = Kind;

export type SeedOptions = { profile: ProfileName; seed: number; out: string; log?: (line: string) => void };

export type Counts = {
  parties: number;
  enforcement: number;
  affiliations: number;
  subjects: number;
  records: number;
  disclosures: number;
  pairs: number;
  grants: number;
  deletions: number;
  retractions: number;
  compliance: number;
};

export type Manifest = {
  profile: ProfileName;
  seed: number;
  generator: 1;
  files: Array<{ kind: FileKind; file: string; lines: number }>;
  counts: Counts;
  planted: ReturnType<typeof plantedEntry>[];
  /**
   * The compliance cast (scripts/seed/compliance.ts): over the window, no finding names a
   * clean party, and each planted party is named by exactly its findings.
   */
  compliance: {
    window: typeof CAST_WINDOW;
    /** The cast's subjects, on top of the profile's. */
    subjects: number;
    clean: readonly string[];
    planted: CastEntry[];
  };
};

/** Lines between two waits for the disk. */
const BATCH = 2_000;

export async function generateSeed(options: SeedOptions): Promise<Manifest> {
  const profile = PROFILE[options.profile];
  const log = options.log ?? (() => {});
  await mkdir(options.out, { recursive: true });
  const registry = withCast(buildRegistry(options.seed));
  const files = Object.fromEntries(
    FILE_KINDS.map((kind) => [kind, new LineWriter(join(options.out, `${kind}.ndjson`))]),
  ) as Record<FileKind, LineWriter>;
  const counts: Counts = {
    parties: registry.parties.length,
    enforcement: registry.enforcement.length,
    affiliations: registry.affiliations.length,
    subjects: 0,
    records: 0,
    disclosures: 0,
    pairs: 0,
    grants: 0,
    deletions: 0,
    retractions: 0,
    compliance: 0,
  };
  await writeAll(files.parties, registry.parties, partyLine);
  await writeAll(files.enforcement, registry.enforcement, enforcementLine);
  await writeAll(files.affiliations, registry.affiliations, affiliationLine);

  const out: Output = { registry, seed: options.seed, files, counts };
  const chunks = Math.max(1, Math.ceil(profile.subjects / profile.chunkSubjects));
  let planted: Planted | null = null;
  for (let chunk = 0; chunk < chunks; chunk++) {
    const subjects = Math.min(profile.chunkSubjects, profile.subjects - chunk * profile.chunkSubjects);
    // The planted flows take the last subjects and records, and share the last chunk's file order.
    planted = (await writeChunk(out, chunk, subjects, chunk === chunks - 1 ? profile.plantedPerKind : 0)) ?? planted;
    if (chunks > 1) {
      log(
        `chunk ${chunk + 1}/${chunks}: ${counts.subjects.toLocaleString('en-US')} subjects, ${counts.records.toLocaleString('en-US')} records, ${counts.disclosures.toLocaleString('en-US')} disclosures, ${counts.pairs.toLocaleString('en-US')} (record, disclosure) pairs`,
      );
    }
  }
  // The cast's records and disclosures after the county's: nothing else carries them.
  const cast = castOf(registry, options.seed, counts.subjects + 1, counts.records + 1);
  await writeRecords(files.records, registry, cast.block, counts);
  await writeDisclosures(files.disclosures, registry, cast.disclosures.sort(byFileOrder), counts);
  await writeAll(files.grants, grantsOf(registry, options.seed, profile.grants), grantLine);
  await writeAll(files.compliance, cast.documents(), complianceLine);
  for (const writer of Object.values(files)) await writer.close();
  counts.grants = files.grants.lines;
  counts.deletions = files.deletions.lines;
  counts.retractions = files.retractions.lines;
  counts.compliance = files.compliance.lines;

  const manifest: Manifest = {
    profile: profile.name,
    seed: options.seed,
    generator: 1,
    files: FILE_KINDS.map((kind) => ({ kind, file: `${kind}.ndjson`, lines: files[kind].lines })),
    counts,
    planted: planted?.flows.map(plantedEntry) ?? [],
    compliance: {
      window: CAST_WINDOW,
      subjects: cast.block.subjectCount,
      clean: cast.clean,
      planted: cast.entries(),
    },
  };
  await writeFile(join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

type Output = { registry: Registry; seed: number; files: Record<FileKind, LineWriter>; counts: Counts };

/**
 * One chunk of subjects: their records, the disclosures of those records in file order,
 * then the chunk's deletions and retractions. Returns the planted flows when asked for some.
 */
async function writeChunk(out: Output, chunk: number, subjects: number, plantPerKind: number): Promise<Planted | null> {
  const { registry, seed, files, counts } = out;
  const block = chunkRecords(registry, seed, chunk, counts.subjects + 1, subjects, counts.records + 1);
  await writeRecords(files.records, registry, block, counts);
  const disclosures = new FlowBuilder(registry, block, Random.stream(seed, 'flows', chunk)).build();
  const deletions: Deletion[] = [];
  let planted: Planted | null = null;
  if (plantPerKind > 0) {
    planted = plantFlows(registry, seed, plantPerKind, counts.subjects + 1, counts.records + 1);
    await writeRecords(files.records, registry, planted.block, counts);
    disclosures.push(...planted.disclosures);
    deletions.push(...planted.deletions);
  }
  disclosures.sort(byFileOrder);
  await writeDisclosures(files.disclosures, registry, disclosures, counts);
  const random = Random.stream(seed, 'corrections', chunk);
  const retractions = chooseRetractions(disclosures, random);
  const retracted = new Set(retractions.map((retraction) => retraction.disclosure));
  deletions.push(...chooseDeletions(registry, disclosures, retracted, random));
  await writeEvents(files.deletions, deletions, 'x', 6, (deletion) => deletionLine(registry, deletion));
  await writeEvents(files.retractions, retractions, 't', 6, retractionLine);
  return planted;
}

function plantedEntry(flow: PlantedFlow) {
  return {
    kind: flow.kind,
    subjectKey: flow.subjectKey,
    recordId: recordId(flow.record),
    disclosureIds: flow.disclosures.map((disclosure) => disclosure.id),
    agentPartyId: flow.agent,
    reaches: flow.reaches,
    hops: flow.disclosures.length,
    ...(flow.categories === null ? {} : { categories: flow.categories }),
    note: flow.note(),
  };
}

async function writeAll<T>(writer: LineWriter, items: readonly T[], line: (item: T) => string): Promise<void> {
  for (const item of items) {
    writer.write(line(item));
    if (writer.lines % BATCH === 0) await writer.ready();
  }
}

async function writeRecords(writer: LineWriter, registry: Registry, block: RecordBlock, counts: Counts): Promise<void> {
  for (let record = block.firstRecord; record < block.firstRecord + block.count; record++) {
    writer.write(recordLine(registry, block, record));
    if (writer.lines % BATCH === 0) await writer.ready();
  }
  counts.subjects += block.subjectCount;
  counts.records += block.count;
}

/** Ids in file order across the whole county: d-00000001 is the first line of the file. */
async function writeDisclosures(
  writer: LineWriter,
  registry: Registry,
  disclosures: readonly Disclosure[],
  counts: Counts,
): Promise<void> {
  for (const disclosure of disclosures) {
    counts.disclosures++;
    counts.pairs += disclosure.records.length;
    disclosure.id = `d-${pad(counts.disclosures, 8)}`;
    writer.write(disclosureLine(registry, disclosure));
    if (writer.lines % BATCH === 0) await writer.ready();
  }
}

async function writeEvents<T extends Deletion | Retraction>(
  writer: LineWriter,
  events: T[],
  prefix: string,
  width: number,
  line: (event: T) => string,
): Promise<void> {
  events.sort((a, b) => a.at - b.at);
  for (const event of events) {
    event.id = `${prefix}-${pad(writer.lines + 1, width)}`;
    writer.write(line(event));
    if (writer.lines % BATCH === 0) await writer.ready();
  }
}

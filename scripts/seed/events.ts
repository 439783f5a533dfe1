/**
 * The events of a chunk as the generator holds them until they are written: times in
 * seconds, parties by index, records by number. Ids are given at writing time, in file
 * order, so that they are dense and follow the order of the files.
 */
import type { Zone } from './time.ts';
import { type Channel, type LegalBasis, type ReportedBy } from '../../core/lineage/index.ts';

export type Disclosure = {
  id: string;
  at: number;
  zone: Zone;
  /** Hops from the origin before this one: at equal times a delivery is written before what it enabled. */
  level: number;
  /** Creation order in the chunk: the last tie-break, so that sorting is total. */
  order: number;
  from: number;
  to: number;
  /** Record numbers, ascending. */
  records: Int32Array;
  /** Categories carried per record; 0 means all of the record's (the line leaves them out). */
  masks: Uint16Array;
  purpose: string;
  channel: Channel;
  legalBasis: LegalBasis | null;
  agreementReference: string | null;
  reportedBy: ReportedBy | null;
  /** Part of a planted flow: its records are carried by nothing else. */
  planted: boolean;
};

export type Deletion = {
  id: string;
  holder: number;
  at: number;
  zone: Zone;
  /** Record numbers, ascending. */
  records: readonly number[];
  reportedBy: ReportedBy | null;
};

export type Retraction = { id: string; disclosure: Disclosure; at: number; zone: Zone; reason: string };

/** File order: by time; at equal times a delivery before what it enabled; then creation order. */
export function byFileOrder(a: Disclosure, b: Disclosure): number {
  return a.at - b.at || a.level - b.level || a.order - b.order;
}

/**
 * Reads what a selection needs from the API, a page at a time, into a Picture. Every page
 * left unread becomes a "more" marker with the function that reads it, so that a
 * county-size party is drawn from its first page and grows only when asked.
 */
import { ApiError, type Client } from './api.ts';
import type { ArrivalFieldsFragment } from './generated/graphql.ts';
import { addArrivals, addDisclosures, emptyPicture, setMore, type Picture, type Selection } from './picture.ts';
import { DisclosureChains, RecordChains, SubjectChains } from './queries/chains.ts';
import { DisclosureDetail, PartyOverview, PartyReceivedPage, PartySentPage } from './queries/party.ts';
import type { Mode } from './session.ts';

/** Page sizes: small enough that one answer is drawn at once, large enough for most people. */
export const PAGES = { records: 25, arrivals: 100, disclosures: 100, scopeHolders: 25, scopeRecords: 20 } as const;

export type Loaded = {
  picture: Picture;
  /** Reads the page a "more" marker stands for into the picture. */
  next: Map<string, () => Promise<void>>;
};

export class NotFound extends ApiError {
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

export async function load(client: Client, selection: Selection, mode: Mode): Promise<Loaded> {
  switch (selection.kind) {
    case 'subject':
      return subject(client, selection.subjectKey);
    case 'record':
      return record(client, selection.recordId);
    case 'party':
      return party(client, selection.partyId);
    case 'disclosure':
      return mode === 'AUDITOR'
        ? disclosureChains(client, selection.disclosureId)
        : disclosure(client, selection.disclosureId);
    case 'deletion-scope':
      throw new Error('a deletion scope is drawn from its view');
  }
}

/** The arrivals of one record after `after`, a page at a time, kept when `keep` says so. */
function recordArrivals(
  loaded: Loaded,
  client: Client,
  recordId: string,
  page: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean } },
  read: number,
  anchorPartyId: string | null,
  keep: (arrival: ArrivalFieldsFragment) => boolean = () => true,
): void {
  const id = `record:${recordId}`;
  if (!page.pageInfo.hasNextPage) return setMore(loaded.picture, id, null);
  const what = `arrivals of record ${recordId}`;
  setMore(loaded.picture, id, {
    id,
    remaining: page.totalCount - read,
    what,
    anchorPartyId,
    side: 'out',
    loadable: true,
  });
  loaded.next.set(id, async () => {
    const answer = await client(RecordChains, { id: recordId, first: PAGES.arrivals, after: page.pageInfo.endCursor });
    const lineage = answer.record?.lineage;
    if (lineage === undefined) return setMore(loaded.picture, id, null);
    addArrivals(loaded.picture, lineage.nodes.filter(keep));
    recordArrivals(loaded, client, recordId, lineage, read + lineage.nodes.length, anchorPartyId, keep);
  });
}

async function subject(client: Client, subjectKey: string): Promise<Loaded> {
  const loaded: Loaded = {
    picture: emptyPicture({ kind: 'subject', subjectKey }, `Person ${subjectKey}`),
    next: new Map(),
  };
  const readPage = async (after: string | null) => {
    const answer = await client(SubjectChains, { subjectKey, first: PAGES.records, after, arrivals: PAGES.arrivals });
    if (answer.subject === null)
      throw new NotFound(`the tracker holds no record about the person with subject key ${subjectKey}`);
    for (const item of answer.subject.records.nodes) {
      addArrivals(loaded.picture, item.lineage.nodes);
      recordArrivals(loaded, client, item.id, item.lineage, item.lineage.nodes.length, item.origin.id);
    }
    const { pageInfo } = answer.subject.records;
    const id = 'records';
    setMore(
      loaded.picture,
      id,
      pageInfo.hasNextPage
        ? { id, remaining: null, what: 'records of this person', anchorPartyId: null, side: 'out', loadable: true }
        : null,
    );
    if (pageInfo.hasNextPage) loaded.next.set(id, () => readPage(pageInfo.endCursor));
  };
  await readPage(null);
  return loaded;
}

async function record(client: Client, recordId: string): Promise<Loaded> {
  const answer = await client(RecordChains, { id: recordId, first: PAGES.arrivals, after: null });
  if (answer.record === null) throw new NotFound(`no record has the id ${recordId}`);
  const found = answer.record;
  const loaded: Loaded = {
    picture: emptyPicture({ kind: 'record', recordId }, `Record ${recordId} of ${found.origin.name}`, found.origin.id),
    next: new Map(),
  };
  addArrivals(loaded.picture, found.lineage.nodes);
  recordArrivals(loaded, client, recordId, found.lineage, found.lineage.nodes.length, found.origin.id);
  return loaded;
}

async function party(client: Client, partyId: string): Promise<Loaded> {
  const answer = await client(PartyOverview, { id: partyId, first: PAGES.disclosures });
  if (answer.party === null) throw new NotFound(`no party has the id ${partyId}`);
  const found = answer.party;
  const picture = emptyPicture({ kind: 'party', partyId }, `${found.name} (${partyId})`, partyId);
  picture.parties.set(partyId, {
    id: found.id,
    name: found.name,
    kind: found.kind,
    agentIntervals: found.immigrationAgentIntervals.map((interval) => ({ from: interval.from, until: interval.until })),
  });
  const loaded: Loaded = { picture, next: new Map() };
  type DisclosurePage = typeof found.disclosuresSent | typeof found.disclosuresReceived;
  // Sent and received are read alike, a page at a time; only what is received is counted.
  const side = (
    id: 'sent' | 'received',
    total: number | null,
    readNext: (after: string | null | undefined) => Promise<DisclosurePage | null>,
  ) => {
    let read = 0;
    const take = (page: DisclosurePage) => {
      addDisclosures(picture, page.nodes);
      read += page.nodes.length;
      const more = page.pageInfo.hasNextPage;
      setMore(
        picture,
        id,
        more
          ? {
              id,
              remaining: total === null ? null : Math.max(0, total - read),
              what: `disclosures ${id} by ${found.name}`,
              anchorPartyId: partyId,
              side: id === 'sent' ? 'out' : 'in',
              loadable: true,
            }
          : null,
      );
      if (!more) return;
      loaded.next.set(id, async () => {
        const next = await readNext(page.pageInfo.endCursor);
        if (next !== null) take(next);
      });
    };
    return take;
  };
  const after = (cursor: string | null | undefined) => ({ id: partyId, first: PAGES.disclosures, after: cursor });
  side(
    'sent',
    null,
    async (cursor) => (await client(PartySentPage, after(cursor))).party?.disclosuresSent ?? null,
  )(found.disclosuresSent);
  side(
    'received',
    found.disclosureCountReceived,
    async (cursor) => (await client(PartyReceivedPage, after(cursor))).party?.disclosuresReceived ?? null,
  )(found.disclosuresReceived);
  return loaded;
}

async function disclosure(client: Client, disclosureId: string): Promise<Loaded> {
  const answer = await client(DisclosureDetail, { id: disclosureId });
  if (answer.disclosure === null) throw new NotFound(`no disclosure has the id ${disclosureId}`);
  const title = `Disclosure ${disclosureId}: ${answer.disclosure.from.name} to ${answer.disclosure.to.name}`;
  const picture = emptyPicture({ kind: 'disclosure', disclosureId }, title);
  addDisclosures(picture, [answer.disclosure]);
  return { picture, next: new Map() };
}

/** For an AUDITOR: the disclosure, and every chain of the records it carried that passes through it. */
async function disclosureChains(client: Client, disclosureId: string): Promise<Loaded> {
  const through = (arrival: ArrivalFieldsFragment) => arrival.chain.some((hop) => hop.disclosure.id === disclosureId);
  const loaded: Loaded = {
    picture: emptyPicture({ kind: 'disclosure', disclosureId }, `Disclosure ${disclosureId}`),
    next: new Map(),
  };
  let read = 0;
  const readPage = async (after: string | null) => {
    const answer = await client(DisclosureChains, {
      id: disclosureId,
      first: PAGES.scopeRecords,
      after,
      arrivals: PAGES.arrivals,
    });
    const found = answer.disclosure;
    if (found === null) throw new NotFound(`no disclosure has the id ${disclosureId}`);
    loaded.picture.title = `Disclosure ${disclosureId}: ${found.from.name} to ${found.to.name}`;
    addDisclosures(loaded.picture, [found]);
    for (const carried of found.records.nodes) {
      const lineage = carried.record.lineage;
      addArrivals(loaded.picture, lineage.nodes.filter(through));
      recordArrivals(loaded, client, carried.record.id, lineage, lineage.nodes.length, found.to.id, through);
    }
    read += found.records.nodes.length;
    const { pageInfo } = found.records;
    const id = 'carried';
    const what = `records this disclosure carried, with their chains`;
    const more = {
      id,
      remaining: found.recordCount - read,
      what,
      anchorPartyId: found.to.id,
      side: 'out' as const,
      loadable: true,
    };
    setMore(loaded.picture, id, pageInfo.hasNextPage ? more : null);
    if (pageInfo.hasNextPage) loaded.next.set(id, () => readPage(pageInfo.endCursor));
  };
  await readPage(null);
  return loaded;
}

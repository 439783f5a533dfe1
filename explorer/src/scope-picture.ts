/**
 * A deletion scope drawn as chains (Sec. 46-37(h)): a page of the holders that must delete,
 * and the first records of each with the chain by which it obtained them.
 */
import type { Client } from './api.ts';
import type { ScopeFieldsFragment } from './generated/graphql.ts';
import { PAGES, type Loaded } from './load.ts';
import { addChain, emptyPicture, setMore } from './picture.ts';
import { DisclosureDeletionScope, PartyDeletionScope } from './queries/views.ts';

/**
 * Sec. 46-37(h): the chains by which each holder in a deletion scope obtained what it must
 * delete, drawn like a lineage: a page of holders, and the first records of each.
 */
export async function deletionScopePicture(
  client: Client,
  of: { disclosureId: string } | { partyId: string; since: string },
  title: string,
): Promise<Loaded> {
  const label = 'disclosureId' in of ? of.disclosureId : `${of.partyId} since ${of.since}`;
  const loaded: Loaded = { picture: emptyPicture({ kind: 'deletion-scope', of: label }, title), next: new Map() };
  let read = 0;
  const readPage = async (after: string | null) => {
    const paging = { first: PAGES.scopeHolders, after, records: PAGES.scopeRecords };
    const scope: ScopeFieldsFragment =
      'disclosureId' in of
        ? (await client(DisclosureDeletionScope, { ids: [of.disclosureId], ...paging })).deletionScope
        : (await client(PartyDeletionScope, { id: of.partyId, since: of.since, ...paging })).deletionScopeOfThirdParty;
    for (const holder of scope.holders.nodes) {
      for (const pair of holder.records.nodes) {
        const last = pair.chain.at(-1);
        if (last === undefined) continue;
        addChain(loaded.picture, pair.chain, {
          recordId: pair.record.id,
          partyId: holder.party.id,
          at: last.at,
          // Direct when the last hop's sender was county personnel at its time (an agency or its contractor).
          direct: last.senderCountyPersonnel != null,
          immigrationAgent: last.recipientWasImmigrationAgent,
        });
      }
      // The first records of each holder are drawn; the view's table counts them all.
      const id = `holder:${holder.party.id}`;
      const left = holder.records.totalCount - holder.records.nodes.length;
      const what = `records ${holder.party.name} must delete, not drawn (the export says so)`;
      const more = { id, remaining: left, what, anchorPartyId: holder.party.id, side: 'out' as const, loadable: false };
      setMore(loaded.picture, id, left > 0 ? more : null);
    }
    read += scope.holders.nodes.length;
    const id = 'holders';
    const { pageInfo } = scope.holders;
    const what = 'holders in this deletion scope';
    const more = {
      id,
      remaining: scope.holders.totalCount - read,
      what,
      anchorPartyId: null,
      side: 'out' as const,
      loadable: true,
    };
    setMore(loaded.picture, id, pageInfo.hasNextPage ? more : null);
    if (pageInfo.hasNextPage) loaded.next.set(id, () => readPage(pageInfo.endCursor));
  };
  await readPage(null);
  return loaded;
}

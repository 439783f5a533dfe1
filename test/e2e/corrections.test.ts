import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { recordDisclosure } from '../../core/lineage/record-disclosure.ts';
import { as } from '../support/auth.ts';
import { carrying, seedRecords } from '../support/records.ts';
import { execute, useStack } from '../support/stack.ts';
import { registerTestParties } from '../support/parties.ts';

const ConfirmDeletion = graphql(/* GraphQL */ `
  mutation ConfirmDeletion($input: ConfirmDeletionInput!) {
    confirmDeletion(input: $input) {
      created
      confirmation {
        holder {
          name
        }
        recordCount
      }
    }
  }
`);

const Retract = graphql(/* GraphQL */ `
  mutation Retract($input: RetractDisclosureInput!) {
    retractDisclosure(input: $input) {
      created
      retraction {
        filedBy {
          id
        }
      }
    }
  }
`);

const Retraction = graphql(/* GraphQL */ `
  query RetractionOf($id: ID!) {
    disclosure(id: $id) {
      retraction {
        reason
        filedBy {
          id
        }
      }
    }
  }
`);

describe('corrections through the gateway', () => {
  const ctx = useStack();
  const gateway = () => ctx.stack.gatewayUrl;

  beforeAll(async () => {
    await registerTestParties(ctx.db, [
      ['cook-oiig', 'COUNTY_AGENCY'],
      ['cook-sheriff', 'COUNTY_AGENCY'],
      ['cook-clerk', 'COUNTY_AGENCY'],
      ['exchange', 'DATA_EXCHANGE'],
    ]);
    await seedRecords(ctx.db, 'cook-sheriff', ['booking-1']);
    for (const id of ['feed-1', 'feed-2']) {
      await recordDisclosure(ctx.db, {
        id,
        at: '2025-01-10T00:00:00Z',
        fromPartyId: 'cook-sheriff',
        toPartyId: 'exchange',
        purpose: 'feed',
        ...carrying('booking-1'),
      });
    }
  });

  it('lets a third party confirm deletion for itself only', async () => {
    const input = { id: 'del-1', holderPartyId: 'exchange', at: '2025-02-01T00:00:00Z', recordIds: ['booking-1'] };
    const own = await execute(
      gateway(),
      ConfirmDeletion,
      { input },
      await as(ctx.stack.auth, 'THIRD_PARTY', 'exchange'),
    );
    expect(own.data?.confirmDeletion).toEqual({
      created: true,
      confirmation: { holder: { name: 'exchange' }, recordCount: 1 },
    });
    const other = await execute(
      gateway(),
      ConfirmDeletion,
      { input: { ...input, id: 'del-2' } },
      await as(ctx.stack.auth, 'THIRD_PARTY', 'someone-else'),
    );
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('lets the sender, a party it reached or an auditor retract a disclosure, and nobody else', async () => {
    const input = { id: 'ret-1', disclosureId: 'feed-1', at: '2025-01-11T00:00:00Z', reason: 'wrong recipient' };
    const clerk = await execute(gateway(), Retract, { input }, await as(ctx.stack.auth, 'RECORDER', 'cook-clerk'));
    // Answered as for a disclosure that does not exist: nothing of who sent it, or where it went.
    const nowhere = await execute(
      gateway(),
      Retract,
      { input: { ...input, disclosureId: 'no-such-disclosure' } },
      await as(ctx.stack.auth, 'RECORDER', 'cook-clerk'),
    );
    expect(clerk.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(clerk.errors?.[0]?.message).toBe(nowhere.errors?.[0]?.message.replace('no-such-disclosure', 'feed-1'));
    const sheriff = await execute(gateway(), Retract, { input }, await as(ctx.stack.auth, 'RECORDER', 'cook-sheriff'));
    expect(sheriff.data?.retractDisclosure).toEqual({ created: true, retraction: { filedBy: { id: 'cook-sheriff' } } });
    const auditor = await execute(
      gateway(),
      Retract,
      { input: { ...input, id: 'ret-2', disclosureId: 'feed-2', reason: 'found in audit to be a test feed' } },
      await as(ctx.stack.auth, 'AUDITOR', 'cook-oiig'),
    );
    expect(auditor.data?.retractDisclosure.retraction.filedBy.id).toBe('cook-oiig');
    const shown = await execute(gateway(), Retraction, { id: 'feed-1' }, await as(ctx.stack.auth, 'ANALYST'));
    expect(shown.data?.disclosure?.retraction).toEqual({ reason: 'wrong recipient', filedBy: { id: 'cook-sheriff' } });
  });
});

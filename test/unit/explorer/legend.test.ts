import { describe, expect, it } from 'vitest';
import { graphElements } from '../../../explorer/src/elements.ts';
import { LEGEND, styleKeys } from '../../../explorer/src/palette.ts';
import { addArrivals, addDisclosures, emptyPicture, setMore } from '../../../explorer/src/picture.ts';
import { OPEN_WINDOW, visibleIn } from '../../../explorer/src/time-window.ts';
import { AGENCY, arrivalsAlong, BROKER, CHAIN, CONTRACTOR, edge, hop, RESELLER } from './fixtures.ts';

const legendKeys = new Set(LEGEND.map((entry) => entry.key));

/** Every style the graph draws for a picture, as legend keys. */
function drawnKeys(picture: ReturnType<typeof emptyPicture>): string[] {
  const { elements } = graphElements(picture, visibleIn(picture, OPEN_WINDOW));
  return [...new Set(elements.flatMap((element) => styleKeys(element.group, element.classes.split(' '))))].sort();
}

describe('the legend', () => {
  it("describes the thin solid orange arrow an ANALYST sees: a party's disclosure to an immigration agent, on no chain", () => {
    const picture = emptyPicture({ kind: 'party', partyId: 'reseller' }, 'Reseller', 'reseller');
    addDisclosures(picture, [edge('e-1', '2024-06-01T00:00:00Z', RESELLER, CONTRACTOR)]);
    const keys = drawnKeys(picture);
    expect(keys).toContain('to-agent');
    for (const key of keys) expect(legendKeys, key).toContain(key);
    expect(LEGEND.find((entry) => entry.key === 'to-agent')?.text).toMatch(/thin solid orange arrow/);
  });

  it('has an entry for every style drawn, for every role and every kind of answer', () => {
    const person = emptyPicture({ kind: 'subject', subjectKey: 'a'.repeat(64) }, 'Person');
    addArrivals(person, arrivalsAlong('r-1', CHAIN));
    addArrivals(person, arrivalsAlong('r-2', [hop('d-8', '2024-02-01T00:00:00Z', AGENCY, CONTRACTOR)]));
    const party = emptyPicture({ kind: 'party', partyId: 'broker' }, 'Broker', 'broker');
    addDisclosures(party, [
      ...Array.from({ length: 5 }, (_, n) => edge(`b-${n}`, `2024-0${n + 1}-02T00:00:00Z`, AGENCY, BROKER)),
      ...Array.from({ length: 5 }, (_, n) => edge(`c-${n}`, `2024-0${n + 1}-03T00:00:00Z`, BROKER, CONTRACTOR)),
      edge('o-1', '2025-06-01T00:00:00Z', BROKER, CONTRACTOR),
      edge('t-1', '2024-07-01T00:00:00Z', RESELLER, CONTRACTOR),
      {
        ...edge('r-1', '2023-06-01T00:00:00Z', BROKER, RESELLER),
        retraction: { id: 'x', at: '2023-07-01T00:00:00Z', reason: 'wrong' },
      },
    ]);
    setMore(party, 'received', {
      id: 'received',
      remaining: 9,
      what: 'disclosures received',
      anchorPartyId: 'broker',
      side: 'in',
      loadable: true,
    });
    // ICE's contractor reached after its contract ended: an immigration agent at other times only.
    const late = emptyPicture({ kind: 'record', recordId: 'r-3' }, 'Record');
    addArrivals(late, arrivalsAlong('r-3', [hop('d-9', '2026-01-01T00:00:00Z', AGENCY, CONTRACTOR)]));
    const drawn = [...new Set([...drawnKeys(person), ...drawnKeys(party), ...drawnKeys(late)])].sort();
    expect(drawn).toEqual(
      expect.arrayContaining([
        'agency',
        'third-party',
        'agent',
        'agent-other-times',
        'root',
        'indirect-path',
        'direct-path',
        'bundle',
        'bundle-to-agent',
        'to-agent',
        'retracted',
        'more',
      ]),
    );
    expect(drawn.filter((key) => !legendKeys.has(key))).toEqual([]);
  });

  it('gives each entry a swatch of the colour and line it describes', () => {
    for (const entry of LEGEND) expect(entry.swatch, entry.key).toBeDefined();
    const indirect = LEGEND.find((entry) => entry.key === 'indirect-path')?.swatch;
    expect(indirect).toMatchObject({ kind: 'line', dash: [10, 5] });
  });
});

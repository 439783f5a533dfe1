import { describe, expect, it } from 'vitest';
import { BUNDLE_FROM, graphElements, nodeId, nodeSize, NOT_DRAWN_ID } from '../../../explorer/src/elements.ts';
import { addArrivals, addDisclosures, emptyPicture, setMore } from '../../../explorer/src/picture.ts';
import { OPEN_WINDOW, stepsOfWindow, timeline, visibleIn, windowOfSteps } from '../../../explorer/src/time-window.ts';
import { AGENCY, arrivalsAlong, BROKER, CHAIN, CONTRACTOR, edge, hop, RESELLER } from './fixtures.ts';

function personPicture() {
  const picture = emptyPicture({ kind: 'subject', subjectKey: 'a'.repeat(64) }, 'Person');
  addArrivals(picture, arrivalsAlong('r-1', CHAIN));
  return picture;
}

describe('the picture of a person and the time window', () => {
  it("holds every party and disclosure of the chains, and marks the recipient an agent at the hop's time", () => {
    const picture = personPicture();
    expect([...picture.parties.keys()].sort()).toEqual(['broker', 'cook-sheriff', 'ice:contractor', 'reseller']);
    expect([...picture.disclosures.values()].map((d) => [d.id, d.recipientWasAgent])).toEqual([
      ['d-1', false],
      ['d-2', false],
      ['d-3', true],
    ]);
    expect(picture.arrivals.map((a) => [a.partyId, a.hopIds.length, a.direct, a.immigrationAgent])).toEqual([
      ['broker', 1, true, false],
      ['reseller', 2, false, false],
      ['ice:contractor', 3, false, true],
    ]);
    expect(picture.disclosures.get('d-1')?.categories).toEqual(['NAME', 'SSN']);
  });

  it('names the county agency a contractor acted for when its hop to an agent was direct', () => {
    const picture = emptyPicture({ kind: 'subject', subjectKey: 'a'.repeat(64) }, 'Person');
    const [feed, sale] = [
      hop('c-1', '2024-06-01T14:00:00Z', AGENCY, BROKER),
      // The broker held the sheriff's contract then: county personnel, and its hop to ICE's contractor direct.
      {
        ...hop('c-2', '2024-06-15T14:00:00Z', BROKER, CONTRACTOR),
        senderCountyPersonnel: { through: { id: AGENCY.id } },
      },
    ];
    const [first, second] = arrivalsAlong('r-9', [feed, sale]);
    addArrivals(picture, [first as never, { ...second, kind: 'DIRECT' } as never]);
    expect(picture.arrivals.map((a) => [a.partyId, a.direct, a.actingForId])).toEqual([
      ['broker', true, null],
      ['ice:contractor', true, 'cook-sheriff'],
    ]);
  });

  it('shows a chain whole when it arrives in the window, and nothing that arrives outside it', () => {
    const picture = personPicture();
    const steps = timeline(picture);
    expect(steps).toEqual(CHAIN.map((h) => Date.parse(h.at)));
    expect(windowOfSteps(steps, 0, 2)).toEqual(OPEN_WINDOW);
    const lateOnly = windowOfSteps(steps, 2, 2);
    expect(lateOnly).toEqual({ from: steps[2], until: null });
    const late = visibleIn(picture, lateOnly);
    expect(late.arrivals.map((a) => a.partyId)).toEqual(['ice:contractor']);
    // The whole chain of the arrival at the agent, its first hops outside the window included.
    expect(late.disclosureIds).toEqual(['d-1', 'd-2', 'd-3']);
    const early = visibleIn(picture, windowOfSteps(steps, 0, 1));
    expect(early.arrivals.map((a) => a.partyId)).toEqual(['broker', 'reseller']);
    expect(early.disclosureIds).toEqual(['d-1', 'd-2']);
    expect(early.partyIds).not.toContain('ice:contractor');
    expect(windowOfSteps(steps, 0, 1).until).toBe((steps[1] as number) + 1);
  });

  it('keeps the instants of a narrowed window when a page more brings new steps', () => {
    const steps = [10, 20, 30, 40];
    const narrowed = windowOfSteps(steps, 1, 2);
    expect(narrowed).toEqual({ from: 20, until: 31 });
    expect(stepsOfWindow(steps, narrowed)).toEqual([1, 2]);
    const more = [5, 10, 15, 20, 25, 30, 35, 40, 45];
    expect(stepsOfWindow(more, narrowed)).toEqual([3, 5]);
    expect(windowOfSteps(more, 3, 5)).toEqual(narrowed);
    expect(stepsOfWindow(more, OPEN_WINDOW)).toEqual([0, 8]);
    expect(stepsOfWindow(more, { from: null, until: 31 })).toEqual([0, 5]);
    expect(stepsOfWindow([], OPEN_WINDOW)).toEqual([0, 0]);
  });

  it("filters a party's disclosures by their own time, and keeps the party itself", () => {
    const picture = emptyPicture({ kind: 'party', partyId: 'broker' }, 'Broker', 'broker');
    addDisclosures(picture, [
      edge('e-1', '2023-01-01T00:00:00Z', AGENCY, BROKER),
      edge('e-2', '2024-06-01T00:00:00Z', BROKER, CONTRACTOR),
    ]);
    expect(picture.disclosures.get('e-2')?.recipientWasAgent).toBe(true);
    expect(picture.disclosures.get('e-1')?.categories).toBeNull();
    const window = { from: Date.parse('2024-01-01T00:00:00Z'), until: null };
    expect(visibleIn(picture, window)).toEqual({
      arrivals: [],
      disclosureIds: ['e-2'],
      partyIds: ['broker', 'ice:contractor'],
    });
    expect(visibleIn(picture, { from: null, until: Date.parse('2020-01-01T00:00:00Z') }).partyIds).toEqual(['broker']);
  });
});

describe('the graph elements', () => {
  it('mark the agent, the indirect path to it, the agency and the third parties, in classes and in words', () => {
    const picture = personPicture();
    const { elements, notDrawn } = graphElements(picture, visibleIn(picture, OPEN_WINDOW));
    expect(notDrawn).toEqual({ disclosures: 0, parties: 0 });
    const byId = new Map(elements.map((element) => [element.data.id, element]));
    expect(byId.get(nodeId('ice:contractor'))?.classes).toBe('party third-party agent');
    expect(String(byId.get(nodeId('ice:contractor'))?.data.label)).toContain('IMMIGRATION AGENT');
    expect(String(byId.get(nodeId('ice:contractor'))?.data.label)).toContain('agent 2024-01-01 – 2025-01-01');
    expect(byId.get(nodeId('cook-sheriff'))?.classes).toBe('party agency');
    expect(byId.get('d:d-3')?.classes).toBe('disclosure to-agent indirect-path');
    expect(byId.get('d:d-1')?.classes).toBe('disclosure indirect-path');
    expect(String(byId.get('d:d-1')?.data.label)).toBe(
      '2023-11-02\npurpose of d-1\nname, ssn\nno agreement named\nindirect path to\nan immigration agent',
    );
    expect(byId.get('d:d-1')?.data).toMatchObject({ source: nodeId('cook-sheriff'), target: nodeId('broker') });
  });

  it('mark a party that was an agent at other times only, and a direct disclosure to an agent', () => {
    const picture = emptyPicture({ kind: 'record', recordId: 'r-2' }, 'Record');
    addArrivals(picture, arrivalsAlong('r-2', [hop('d-9', '2026-01-01T00:00:00Z', AGENCY, CONTRACTOR)]));
    addArrivals(picture, arrivalsAlong('r-3', [hop('d-8', '2024-02-01T00:00:00Z', AGENCY, CONTRACTOR)]));
    const { elements } = graphElements(
      picture,
      visibleIn(picture, { from: Date.parse('2025-06-01T00:00:00Z'), until: null }),
    );
    expect(elements.find((e) => e.data.id === nodeId('ice:contractor'))?.classes).toBe(
      'party third-party agent-other-times',
    );
    const both = graphElements(picture, visibleIn(picture, OPEN_WINDOW)).elements;
    expect(both.find((e) => e.data.id === 'd:d-8')?.classes).toBe('disclosure to-agent direct-path');
    expect(both.find((e) => e.data.id === 'd:d-9')?.classes).toBe('disclosure');
  });

  it(`draw ${BUNDLE_FROM} or more disclosures between the same two parties as one edge that counts them`, () => {
    const picture = emptyPicture({ kind: 'party', partyId: 'broker' }, 'Broker', 'broker');
    addDisclosures(
      picture,
      Array.from({ length: 12 }, (_, n) =>
        edge(`e-${n}`, new Date(Date.UTC(2024, 0, n + 1)).toISOString(), AGENCY, BROKER),
      ),
    );
    addDisclosures(picture, [edge('f-1', '2024-02-01T00:00:00Z', BROKER, RESELLER)]);
    const { elements } = graphElements(picture, visibleIn(picture, OPEN_WINDOW));
    const edges = elements.filter((element) => element.group === 'edges');
    expect(edges.map((e) => e.data.id)).toEqual(['b:cook-sheriff>broker', 'd:f-1']);
    expect(edges[0]?.data.bundle).toHaveLength(12);
    expect(String(edges[0]?.data.label)).toBe('12 disclosures\n2023-12-31 – 2024-01-11\nresale');
  });

  it('draw at most the limits, the paths to agents first, and say in one node how much more there is', () => {
    const picture = emptyPicture({ kind: 'party', partyId: 'broker' }, 'Broker', 'broker');
    const others = Array.from({ length: 40 }, (_, n) => ({ ...RESELLER, id: `other-${n}`, name: `Other ${n}` }));
    addDisclosures(
      picture,
      others.map((other, n) => edge(`o-${n}`, new Date(Date.UTC(2023, 0, n + 1)).toISOString(), BROKER, other)),
    );
    addArrivals(picture, arrivalsAlong('r-1', CHAIN));
    const { elements, notDrawn } = graphElements(picture, visibleIn(picture, OPEN_WINDOW), {
      parties: 10,
      disclosures: 50,
    });
    const drawn = elements.filter((e) => e.group === 'edges').map((e) => e.data.id);
    expect(drawn.slice(0, 3)).toEqual(['d:d-1', 'd:d-2', 'd:d-3']);
    expect(elements.filter((e) => e.group === 'nodes' && e.classes.startsWith('party'))).toHaveLength(10);
    expect(notDrawn).toEqual({ disclosures: 34, parties: 34 });
    // Wrapped to a few words a line, as every label in the graph.
    expect(String(elements.find((e) => e.data.id === NOT_DRAWN_ID)?.data.label).replaceAll('\n', ' ')).toContain(
      '34 more disclosures and 34 more parties',
    );
  });

  it('draw a page not read yet as a "more" node beside the party it hangs off', () => {
    const picture = emptyPicture({ kind: 'party', partyId: 'broker' }, 'Broker', 'broker');
    addDisclosures(picture, [edge('e-1', '2024-01-01T00:00:00Z', AGENCY, BROKER)]);
    setMore(picture, 'received', {
      id: 'received',
      remaining: 1234,
      what: 'disclosures received',
      anchorPartyId: 'broker',
      side: 'in',
      loadable: true,
    });
    const { elements } = graphElements(picture, visibleIn(picture, OPEN_WINDOW));
    expect(elements.find((e) => e.data.id === 'm:received')?.data.label).toBe(
      '1,234 more disclosures received\n(press Enter or click to load)',
    );
    expect(elements.find((e) => e.data.id === 'm:received:edge')?.data).toMatchObject({
      source: 'm:received',
      target: nodeId('broker'),
    });
    // A count not known yet reads as words, not "More more".
    setMore(picture, 'received', {
      id: 'received',
      remaining: null,
      what: 'disclosures sent by Broker',
      anchorPartyId: 'broker',
      side: 'out',
      loadable: true,
    });
    const unknown = graphElements(picture, visibleIn(picture, OPEN_WINDOW)).elements.find(
      (e) => e.data.id === 'm:received',
    );
    expect(unknown?.data.label).toBe('More disclosures sent by Broker\n(press Enter or click to load)');
    // Wider than a box of the same words: the tag's point is kept clear of them.
    expect(unknown?.data.width).toBeGreaterThan(nodeSize(String(unknown?.data.label), 'box').width);
    setMore(picture, 'received', null);
    expect(
      graphElements(picture, visibleIn(picture, OPEN_WINDOW)).elements.some((e) => e.classes.includes('more')),
    ).toBe(false);
  });
});

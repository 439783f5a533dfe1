/**
 * The sources as an auditor receives them, end to end. A county agency's plate reads reach
 * the ALPR vendor; other organisations search them. One searcher is a sheriff's office whose
 * 287(g) agreement, known from ICE's list imported as a snapshot, covers the search date;
 * another states its reason as "assist ICE"; a third searches for a stolen car; a fourth's
 * plate is withheld. The files go in through `npm run source` as an operator runs it; the
 * (e) and (f)(i) findings are asked of the gateway with their evidence; the annual report
 * counts them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualReport } from '../../core/reporting/index.ts';
import { developmentPrincipals } from '../../scripts/development-principals.ts';
import { graphql } from '../generated/gql.ts';
import { as } from '../support/auth.ts';
import { scriptEnvironment } from '../support/database.ts';
import { registerTestParties } from '../support/parties.ts';
import { execute, useStack } from '../support/stack.ts';

const NAMES: Record<string, string> = {
  'cook-dot': 'Cook County Department of Transportation and Highways',
  'plates-inc': 'Plate Camera Network Inc.',
  'riverside-pd': 'Riverside Police Department',
  'elmwood-pd': 'Elmwood Police Department',
};
const SOURCE = path.join(import.meta.dirname, '../../scripts/source.ts');
const YEAR = { from: '2024-01-01T00:00:00-06:00', until: '2025-01-01T00:00:00-06:00' };

const Findings = graphql(/* GraphQL */ `
  query ScenarioFindings($from: DateTime!, $until: DateTime!, $subsections: [Subsection!]) {
    findings(from: $from, until: $until, subsections: $subsections, first: 500) {
      nodes {
        id
        subsection
        parties {
          id
        }
        disclosures {
          id
          at
          purpose
          from {
            id
          }
          to {
            id
          }
        }
        explanation
        purposeMatch {
          purpose
          categories
          matches {
            text
          }
          vocabularyVersion
        }
      }
    }
  }
`);

const Trace = graphql(/* GraphQL */ `
  query ScenarioTrace($subjectKey: String!) {
    trace(subjectKey: $subjectKey, to: { kind: IMMIGRATION_AGENTS }) {
      nodes {
        party {
          id
        }
        kind
        chain {
          disclosure {
            channel
            from {
              id
            }
            to {
              id
            }
          }
        }
      }
    }
  }
`);

// ICE's list as published: a header, the sheriff's agreement signed before the searches,
// and an agency still pending, which never enforces.
const LIST = `STATE,LAW ENFORCEMENT AGENCY (LEA),COUNTY,LEA TYPE,SUPPORT TYPE,SIGNED,STATUS
TX,Lakeview County Sheriff's Office,Lakeview,County,Task Force Model,6/1/2023,
TX,Elmwood Police Department,Elmwood,Municipal,Task Force Model,,Pending
`;

// The vendor's network audit export: UTF-8 with a BOM, a two-line Time Frame, a withheld plate.
const AUDIT = `\uFEFFID,Name,Org Name,Total Networks Searched,Time Frame,License Plate,Reason,Case #,Filters,Search Time,Search Type,Text Prompt,Moderation
a-1,Deputy One,Lakeview County Sheriff's Office,4,"2024-03-01 00:00
2024-03-05 15:00",ABC1234,warrant service,24-17,,2024-03-05 15:00:00,Standard,,
a-2,Officer Two,Riverside Police Department,2,"2024-04-01 00:00
2024-04-02 09:30",XYZ9876,assist ICE,,,2024-04-02 09:30:00,Standard,,
a-3,Officer Three,Elmwood Police Department,1,"2024-05-01 00:00
2024-05-06 12:00",JKL4455,stolen vehicle,24-88,,2024-05-06 12:00:00,Standard,,
a-4,Officer Four,Riverside Police Department,2,"2024-06-01 00:00
2024-06-03 08:00",***,ICE detainer follow-up,,,2024-06-03 08:00:00,Standard,,
`;

describe('a plate-reader audit log, ICE 287(g) list and stated reasons: the findings they give', () => {
  const context = useStack();
  let scratch: string;
  const env = () => ({
    ...scriptEnvironment(),
    SUBJECT_KEY_SECRET: 'the county secret of this scenario, thirty-two characters or more',
  });
  const source = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [SOURCE, ...args], { env: env() });
      return { status: 0, out: stdout, err: stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { status: failed.code, out: failed.stdout, err: failed.stderr };
    }
  };

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'alpr-scenario-'));
    // As npm start does: the office the development tokens act for is registered.
    await developmentPrincipals(context.db);
    await registerTestParties(
      context.db,
      [
        ['cook-dot', 'COUNTY_AGENCY'],
        ['plates-inc', 'CORPORATION'],
        ['riverside-pd', 'GOVERNMENT_AGENCY'],
        ['elmwood-pd', 'GOVERNMENT_AGENCY'],
      ],
      (id) => NAMES[id] ?? id,
    );
  });

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('reads the 287(g) list as a snapshot, then the audit log, by the command an operator runs', async () => {
    const list = path.join(scratch, '287g-participating.csv');
    await writeFile(list, LIST);
    const snapshot = await source(list, '--mapping', '287g', '--date', '2024-01-15');
    expect(snapshot.err).toBe('');
    expect(snapshot).toMatchObject({ status: 0 });
    expect(snapshot.out).toMatch(/2 agencies \(1 pending\); parties added 1, matched 1; agreements started 1/);
    // The same snapshot again changes nothing.
    expect((await source(list, '--mapping', '287g', '--date', '2024-01-15')).out).toMatch(/already applied/);

    const audit = path.join(scratch, 'network-audit.csv');
    await writeFile(audit, AUDIT);
    const dry = await source(
      audit,
      '--mapping',
      'alpr-audit',
      '--agency',
      'cook-dot',
      '--vendor',
      'plates-inc',
      '--dry-run',
    );
    expect(dry.out).toMatch(/nothing was written/);
    const [{ disclosures } = { disclosures: -1 }] = await context.db.read((tx) =>
      tx.run<{ disclosures: number }>('MATCH (d:Disclosure) RETURN count(d) AS disclosures'),
    );
    expect(disclosures).toBe(0);
    const read = await source(audit, '--mapping', 'alpr-audit', '--agency', 'cook-dot', '--vendor', 'plates-inc');
    expect(read).toMatchObject({ status: 0 });
    expect(read.out).toContain('4 committed, 0 refused (of 4 rows)');
    // The plates are hashed on the way in: none is in the graph or the terminal.
    const stored = await context.db.read((tx) =>
      tx.run<{ properties: Record<string, unknown> }>('MATCH (n) RETURN properties(n) AS properties'),
    );
    const everything = [read.out, read.err, ...stored.map((row) => JSON.stringify(row.properties))].join('\n');
    for (const plate of ['ABC1234', 'XYZ9876', 'JKL4455']) expect(everything).not.toContain(plate);
    expect(
      (await source(audit, '--mapping', 'alpr-audit', '--agency', 'cook-dot', '--vendor', 'plates-inc')).out,
    ).toContain('4 committed, 0 refused (of 4 rows)');
    const [{ again } = { again: -1 }] = await context.db.read((tx) =>
      tx.run<{ again: number }>('MATCH (d:Disclosure) RETURN count(d) AS again'),
    );
    expect(again).toBe(6);
  });

  it('answers (e) for the 287(g) sheriff through the vendor, and (f)(i) use for "assist ICE", with their evidence', async () => {
    const auditor = await as(context.stack.auth, 'AUDITOR');
    const answer = await execute(context.stack.gatewayUrl, Findings, { ...YEAR, subsections: ['E', 'F_I'] }, auditor);
    expect(answer.errors).toBeUndefined();
    const found = answer.data?.findings.nodes ?? [];
    const sheriff = (
      await context.db.read((tx) =>
        tx.run<{ id: string }>(`MATCH (p:Party {name: "Lakeview County Sheriff's Office"}) RETURN p.id AS id`),
      )
    )[0]?.id as string;
    expect(sheriff).toBeDefined();

    // (e): the sheriff was an immigration agent on 2024-03-05 by its 287(g) agreement; the
    // plate read reached it from the county agency through the vendor.
    const toAgent = found.filter((finding) => finding.subsection === 'E');
    expect(toAgent).toHaveLength(1);
    const [e] = toAgent;
    expect(e?.parties.map((party) => party.id)).toEqual(expect.arrayContaining(['cook-dot', sheriff]));
    const searched = e?.disclosures.find((disclosure) => disclosure.to.id === sheriff);
    expect(searched).toMatchObject({ from: { id: 'plates-inc' }, purpose: 'warrant service' });
    // Neither Riverside (no agreement) nor Elmwood (pending) is an agent.
    expect(
      found.filter((finding) => finding.subsection === 'E' && finding.parties.some((p) => p.id === 'elmwood-pd')),
    ).toEqual([]);

    // (f)(i) use: Riverside's stated reason names ICE; so does the withheld-plate search, as access.
    const use = found.filter((finding) => finding.subsection === 'F_I' && finding.purposeMatch !== null);
    const assist = use.find((finding) => finding.purposeMatch?.purpose === 'assist ICE');
    expect(assist?.purposeMatch).toMatchObject({ categories: ['ICE'], matches: [{ text: 'ICE' }] });
    expect(assist?.purposeMatch?.vocabularyVersion).toMatch(/^cook-county-immigration-purposes@.+ sha256:[0-9a-f]+$/);
    expect(assist?.disclosures.map((disclosure) => disclosure.to.id)).toEqual(['riverside-pd']);
    expect(assist?.explanation).toContain('assist ICE');
    const detainer = use.find((finding) => finding.purposeMatch?.purpose === 'ICE detainer follow-up');
    expect(detainer?.purposeMatch?.categories).toEqual(['ICE_DETAINER']);
    expect(detainer?.disclosures).toEqual([]);
    // "stolen vehicle" and "warrant service" state no immigration purpose.
    expect(use.map((finding) => finding.purposeMatch?.purpose).sort()).toEqual([
      'ICE detainer follow-up',
      'assist ICE',
    ]);
  });

  it('traces the plate read to the sheriff in two hops, and the annual report counts both findings', async () => {
    const auditor = await as(context.stack.auth, 'AUDITOR');
    const [{ key } = { key: '' }] = await context.db.read((tx) =>
      tx.run<{ key: string }>(
        `MATCH (:Party {name: "Lakeview County Sheriff's Office"})<-[:TO]-(:Disclosure)-[:CARRIED]->(r:Record)-[:ABOUT]->(s:Subject)
         RETURN s.key AS key`,
      ),
    );
    const trace = await execute(context.stack.gatewayUrl, Trace, { subjectKey: key }, auditor);
    expect(trace.errors).toBeUndefined();
    const [arrival] = trace.data?.trace.nodes ?? [];
    expect(arrival?.kind).toBe('INDIRECT');
    expect(arrival?.chain.map((hop) => [hop.disclosure.from.id, hop.disclosure.to.id, hop.disclosure.channel])).toEqual(
      [
        ['cook-dot', 'plates-inc', 'DATA_EXCHANGE_FEED'],
        ['plates-inc', arrival?.party.id, 'API_QUERY'],
      ],
    );

    // The report's findings table counts them with every other finding of their subsection.
    const report = await annualReport(context.db, { year: 2024 });
    const total = (subsection: string) => report.findings.find((row) => row.subsection === subsection)?.total;
    expect(total('E')).toBe(1);
    expect(Number(total('F_I'))).toBeGreaterThanOrEqual(2);
  });
});

/**
 * Fictional but plausible names for the third parties, drawn from the seed. A name is
 * never reused: a reader of a report tells parties apart by name.
 */
import type { Random } from './random.ts';
import { type PartyKind } from '../../core/registry/index.ts';

const FIRST = (
  'Alma Bernard Celeste Desmond Elena Franklin Gloria Howard Imani Julian Karina Leonard Marisol' +
  ' Nathaniel Odessa Patrick Rosalind Samuel Tamika Victor Wendell Yolanda Zachary Aurelio Beatriz' +
  ' Cornelius Dolores Emmett Fatima Gustavo Hollis Ingrid Jerome Keiko Lucinda Maurice Noemi Oscar' +
  ' Priya Reginald'
).split(' ');
const LAST = (
  'Abernathy Baxter Calloway Delgado Eriksen Fairbanks Galloway Hargrove Ingram Jessup Kowalczyk' +
  ' Lindqvist Marchetti Novak Okafor Pruitt Quintero Rasmussen Szymanski Thornbury Underhill' +
  ' Valdivia Whitcombe Yamada Zielinski Brennan Castellano Dubois Ellison Fitzgerald Grabowski' +
  ' Halvorsen Iverson Jablonski Kaminski Lombardi Mendoza Nakamura Petrakis Rinaldi Sorensen' +
  ' Tanaka Vasquez Wojcik'
).split(' ');
const WORDS = (
  'Apex Beacon Cobalt Delta Ember Fulcrum Granite Harbor Ion Juniper Keystone Lumen Meridian' +
  ' Nimbus Orion Pinnacle Quarry Radian Summit Tandem Vector Zenith Atlas Bluestem Cardinal' +
  ' Driftless Evergreen Foxglove Lakeshore Northgate Prairie Riverbend Sandstone Tallgrass' +
  ' Westbrook Ironwood Larkspur Millrace Oxbow'
).split(' ');
const TOWN_START = (
  'Oak Elm Maple Willow Cedar Pine Birch Ash Prairie River Lake Hazel Brook Fox Deer Spring Stone' +
  ' Mill Fair Glen Green Clear Sugar Bridge Thorn'
).split(' ');
const TOWN_END = 'field wood dale ton view brook ridge port haven grove mont land ville crest burg ford'.split(' ');
const REGIONS = (
  'Great Lakes|Northern Illinois|Chicagoland|Lake Michigan|Midwest|Tri-State|Fox Valley|Illinois River|Calumet' +
  '|Des Plaines Valley|North Shore|South Suburban'
).split('|');

/** A kind of party, or police departments, the other governments' own style of name. */
export type NameStyle = PartyKind | 'POLICE';

const PATTERNS: Record<NameStyle, ReadonlyArray<(pick: Pick) => string>> = {
  COUNTY_AGENCY: [],
  POLICE: [(p) => `${town(p)} Police Department`],
  DATA_EXCHANGE: [
    (p) =>
      `${p(REGIONS)} ${p(['Justice', 'Health', 'Benefits', 'Court', 'Public Safety', 'Social Services', 'Workforce'])} Information Exchange`,
  ],
  DATA_BROKER: [
    (p) =>
      `${p(WORDS)} ${p(['Data LLC', 'People Search Inc.', 'Records Online LLC', 'Background Screening Inc.', 'Identity Analytics Corp.', 'Consumer Insights LLC', 'Public Records Inc.'])}`,
    (p) => `${p(LAST)} ${p(['Data Partners', 'Information Services', 'Locator Services'])} LLC`,
  ],
  CORPORATION: [
    (p) =>
      `${p(WORDS)} ${p(['Software', 'Systems', 'Payments', 'Health Analytics', 'Billing Services', 'Collections', 'Insurance', 'Telecom', 'Mobility', 'Energy'])} ${p(['Inc.', 'Corp.', 'Company', 'LLC'])}`,
  ],
  GOVERNMENT_AGENCY: [
    (p) => `Village of ${town(p)}`,
    (p) => `${town(p)} Township ${p(['Assessor', 'Supervisor', 'General Assistance Office'])}`,
    (p) => `${town(p)} ${p(['Park District', 'Housing Authority', 'Public Library', 'Fire Protection District'])}`,
    (p) => `${town(p)} County ${p(['Clerk', 'Health Department', 'Circuit Clerk', 'Treasurer'])}`,
  ],
  CONTRACTOR: [
    (p) =>
      `${p(WORDS)} ${p(['Consulting Group', 'Staffing Services', 'Facilities Services', 'Medical Billing Partners', 'Court Reporting LLC', 'IT Services Inc.', 'Printing and Mailing Co.', 'Janitorial Services', 'Records Management LLC', 'Correctional Services Inc.', 'Electronic Monitoring Co.', 'Document Imaging LLC'])}`,
  ],
  DATABASE: [
    (p) =>
      `${p(WORDS)} ${p(['Offender Registry', 'Identity Index', 'Tenant Screening Database', 'Court Records Index', 'Vehicle Records Database', 'Health Claims Database'])}`,
  ],
  BULK_DATA_REQUESTER: [
    (p) =>
      `${p(WORDS)} ${p(['Policy Lab', 'Research Institute', 'Gazette', 'Data Journalism Project', 'Analytics Co-op', 'Press'])}`,
  ],
  ASSOCIATION: [
    (p) =>
      `${p(REGIONS)} Association of ${p(['Landlords', 'Collection Agencies', 'Bail Bond Agents', 'Private Investigators', 'Title Insurers', 'Process Servers', 'Employers', 'Tenant Screeners', 'Skip Tracers', 'Auto Dealers', 'Pawnbrokers', 'Security Firms'])}`,
  ],
  ORGANIZATION: [
    (p) =>
      `${p(WORDS)} ${p(['Foundation', 'Community Alliance', 'Legal Aid Center', 'Reentry Network', 'Tenants Union', 'Health Coalition', 'Youth Services', 'Food Pantry', 'Family Services', 'Workers Center', 'Neighborhood Council'])}`,
  ],
  PARTNERSHIP: [(p) => `${p(LAST)}, ${p(LAST)} & ${p(LAST)} ${p(['LLP', 'Partners', 'Associates'])}`],
  INDIVIDUAL: [(p) => `${p(FIRST)} ${p(LAST)}`],
};

type Pick = (list: readonly string[]) => string;

function town(pick: Pick): string {
  return `${pick(TOWN_START)}${pick(TOWN_END)}`;
}

/** Hands out names of each kind, never the same one twice. */
export class Names {
  private readonly random: Random;
  private readonly used = new Set<string>();

  constructor(random: Random, taken: Iterable<string>) {
    this.random = random;
    for (const name of taken) this.used.add(name);
  }

  next(style: NameStyle): string {
    const pick: Pick = (list) => this.random.pick(list);
    const patterns = PATTERNS[style];
    for (let attempt = 0; attempt < 20; attempt++) {
      const name = this.random.pick(patterns)(pick).replace(/ {2,}/g, ' ');
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    let number = 2;
    const base = this.random.pick(patterns)(pick);
    while (this.used.has(`${base} ${number}`)) number++;
    this.used.add(`${base} ${number}`);
    return `${base} ${number}`;
  }
}

/**
 * The sizes of the synthetic county. `county` is Cook County's order of magnitude; the
 * others are a tenth and a thousandth of it, for the integration suite and a laptop. The
 * parties are the same in every profile: a county has its agencies whatever its size.
 */
import { PLANTED_KINDS } from './planted.ts';

export const PROFILES = ['small', 'medium', 'county'] as const;
export type ProfileName = (typeof PROFILES)[number];

export type Profile = {
  name: ProfileName;
  /** Subjects of the normal flows; the planted cases have subjects of their own on top. */
  subjects: number;
  /** Subjects per chunk: the records, disclosures and deletions of one chunk are built in memory together. */
  chunkSubjects: number;
  /** Planted cases of each kind (manifest.json, "planted"). */
  plantedPerKind: number;
  grants: number;
};

function profile(name: ProfileName, subjects: number, plantedPerKind: number, grants: number): Profile {
  // The planted subjects are counted in the profile's total, so a profile has a round number of subjects.
  return {
    name,
    subjects: subjects - PLANTED_KINDS.length * plantedPerKind,
    chunkSubjects: 10_000,
    plantedPerKind,
    grants,
  };
}

export const PROFILE: Record<ProfileName, Profile> = {
  small: profile('small', 1_000, 10, 40),
  medium: profile('medium', 100_000, 50, 300),
  county: profile('county', 1_000_000, 100, 3_000),
};

/** Subjects in all, the planted ones included. */
export function totalSubjects(profile: Profile): number {
  return profile.subjects + PLANTED_KINDS.length * profile.plantedPerKind;
}

export function isProfileName(value: string): value is ProfileName {
  return (PROFILES as readonly string[]).includes(value);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { fuzzOperations, type FuzzOperation } from './fuzz-operations.ts';
import { INJECTION_PAYLOADS, SCALAR_PAYLOADS } from './hostile-values.ts';
import {
  AGENT,
  RECIPIENT,
  SEEDED_COMPLAINT,
  SEEDED_DISCLOSURE,
  SEEDED_RECORD,
  SEEDED_SUBJECT,
  SENDER,
  VALID_BY_COORDINATE,
} from './small-county.ts';

/** The composed client schema the generated operations are built from. */
export const API_SCHEMA = buildSchema(
  readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'),
);

/**
 * Operations generated for the small county (seedSmallCounty): half tame, so that they reach
 * the resolvers with data to read and write, half wild. The caller mostly acts for SENDER, so
 * that id comes up most.
 */
export function smallCountyOperations(): fc.Arbitrary<FuzzOperation> {
  const options = {
    validAt: (coordinate: string) =>
      VALID_BY_COORDINATE[coordinate] ?? (/[(.]year\)?$/.test(coordinate) ? 2025 : undefined),
    knownIds: [
      SENDER,
      SENDER,
      SENDER,
      RECIPIENT,
      'cook-oiig',
      AGENT,
      SEEDED_DISCLOSURE,
      SEEDED_RECORD,
      SEEDED_SUBJECT,
      SEEDED_COMPLAINT,
    ],
    hostileStrings: INJECTION_PAYLOADS,
    hostileScalars: SCALAR_PAYLOADS,
    maxDepth: 3,
  };
  return fc.oneof(
    fuzzOperations(API_SCHEMA, { ...options, wild: false }),
    fuzzOperations(API_SCHEMA, { ...options, wild: true }),
  );
}

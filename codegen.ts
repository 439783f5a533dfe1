import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for each subgraph (federation-aware, typed context, mappers to the
 * repository rows) and typed documents for the tests, from the composed API schema.
 * `npm run codegen:check` fails when a generated file is out of date.
 */
const subgraph = (name: string, mappers: Record<string, string>) => ({
  [`subgraphs/${name}/generated/resolvers-types.ts`]: {
    schema: `subgraphs/${name}/schema.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useTypeImports: true,
      enumsAsTypes: true,
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      useIndexSignature: true,
      contextType: `../context.ts#Context`,
      mappers,
      scalars: { DateTime: 'string' },
    },
  },
});

const config: CodegenConfig = {
  overwrite: true,
  emitLegacyCommonJSImports: false,
  generates: {
    ...subgraph('registry', {
      Party: '../repository.ts#PartyRow',
      EnforcementInterval: '../affiliations.ts#EnforcementRow',
      Affiliation: '../affiliations.ts#AffiliationRow',
      Interval: '../affiliations.ts#IntervalRow',
    }),
    ...subgraph('lineage', {
      Disclosure: '../repository.ts#DisclosureRow',
      Party: '../repository.ts#PartyRef',
    }),
    ...subgraph('compliance', {
      Party: '../repository.ts#PartyRef',
      AccessLogEntry: '../repository.ts#AccessLogRow',
    }),
    ...subgraph('reporting', {}),
    'test/generated/': {
      schema: 'schema/api.graphql',
      documents: ['test/**/*.ts', '!test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;

import { GraphQLError, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphUnavailablePlugin } from '../../../gateway/subgraph-errors.ts';
import { createLogger, type Logger } from '../../../infra/logger.ts';

type Executor = (request: unknown) => Promise<ExecutionResult>;

/** Runs one subgraph call through the plugin, with `executor` standing for the transport. */
async function call(
  executor: Executor,
  logger: Logger = createLogger('gateway', { TRACKER_LOG_LEVEL: 'silent' }),
  context: object = {},
  { subgraph = 'lineage', timeoutMs, sent = {} }: { subgraph?: string; timeoutMs?: number; sent?: object } = {},
): Promise<ExecutionResult> {
  const plugin = subgraphUnavailablePlugin(logger, timeoutMs);
  let wrapped = executor;
  const hook = plugin.onSubgraphExecute as (payload: object) => void;
  hook({ subgraphName: subgraph, executor, setExecutor: (next: Executor) => (wrapped = next) });
  return wrapped({ document: null, context, ...sent });
}

/** A logger that keeps what it was told, by level. */
function listening() {
  const lines: Array<[level: string, message: string]> = [];
  const at = (level: string) => (_fields: object, message: string) => void lines.push([level, message]);
  return { lines, logger: { warn: at('warn'), info: at('info') } as unknown as Logger };
}

// What the transport attaches to its errors: the subgraph's address and the request body.
const request = { url: 'http://127.0.0.1:4002/graphql', method: 'POST', body: '{"variables":{"id":"d-1"}}' };

describe('a subgraph the gateway cannot reach', () => {
  it('fails with SUBGRAPH_UNAVAILABLE naming it when the connection is refused, and hides the address', async () => {
    const refused = new GraphQLError('connect ECONNREFUSED 127.0.0.1:4002', {
      path: ['disclosure'],
      extensions: { code: 'SUBREQUEST_HTTP_ERROR', request },
    });
    const result = await call(async () => ({ errors: [refused] }));
    expect(result.errors?.map((error) => error.toJSON())).toEqual([
      {
        message: 'The lineage subgraph could not be reached; try again once it is back.',
        path: ['disclosure'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'lineage' },
      },
    ]);
  });

  it('says that it did not answer in time when the transport reports the call’s timeout as its own', async () => {
    const late = new GraphQLError('The operation was aborted due to timeout', {
      extensions: { code: 'TIMEOUT_ERROR', http: { status: 504 }, request },
    });
    const result = await call(async () => {
      throw late;
    });
    expect(result.errors?.map((error) => error.toJSON())).toEqual([
      {
        message: 'The lineage subgraph did not answer in time (30 s); try again once it is back.',
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'lineage' },
      },
    ]);
  });

  it('says so too when the call’s own timeout stopped the fetch, naming the timeout it was given', async () => {
    // What the transport passes on: the fetch's AbortError, caused by the call's TimeoutError.
    const timedOut = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    const stopped = new GraphQLError('The operation was aborted', {
      extensions: { code: 'SUBREQUEST_HTTP_ERROR', request },
      originalError: Object.assign(new DOMException('The operation was aborted', 'AbortError'), { cause: timedOut }),
    });
    const result = await call(
      async () => ({ errors: [stopped] }),
      undefined,
      {},
      {
        subgraph: 'registry',
        timeoutMs: 2_500,
      },
    );
    expect(result.errors?.map((error) => error.message)).toEqual([
      'The registry subgraph did not answer in time (2.5 s); try again once it is back.',
    ]);
  });

  it('blames no subgraph when the caller left first: its call was stopped, not refused', async () => {
    const stopped = new GraphQLError('The operation was aborted', {
      extensions: { code: 'SUBREQUEST_HTTP_ERROR', request },
    });
    const left = new AbortController();
    left.abort();
    const gone = listening();
    await call(async () => ({ errors: [stopped] }), gone.logger, { request: { signal: left.signal } });
    expect(gone.lines).toEqual([['info', 'the caller left before subgraph lineage answered']]);

    // The same failure while the caller still waits is the subgraph's.
    const waiting = listening();
    await call(async () => ({ errors: [stopped] }), waiting.logger, {
      request: { signal: new AbortController().signal },
    });
    expect(waiting.lines).toEqual([['warn', 'subgraph lineage could not be reached']]);
  });

  it('leaves the subgraph’s own errors and other failures as they are', async () => {
    const own = new GraphQLError('Neo4j at bolt://127.0.0.1:7687 cannot be reached', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    const answer = { data: { disclosure: null }, errors: [own] };
    expect(await call(async () => answer)).toBe(answer);
    const bug = new TypeError('not a transport failure');
    await expect(
      call(async () => {
        throw bug;
      }),
    ).rejects.toBe(bug);
  });

  it('puts the error on each field the call was to give: each root field, or each entity’s fields through _entities', async () => {
    const refused = () => {
      throw new GraphQLError('connect ECONNREFUSED 127.0.0.1:4002', {
        extensions: { code: 'SUBREQUEST_HTTP_ERROR', request },
      });
    };
    const paths = async (sent: object) =>
      (await call(refused, undefined, {}, { sent })).errors?.map((error) => error.path);
    expect(
      await paths({ document: parse('query { __typename disclosure(id: "d-1") { id } count: disclosureCount }') }),
    ).toEqual([['disclosure'], ['count']]);
    // The planner maps `_entities`, and each entity's place in the call, to where the entity stands in the answer.
    const entities = parse(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Party { disclosuresSent { id } sent: disclosuresSentCount } } }',
    );
    expect(await paths({ document: entities, variables: { representations: [{}, {}] } })).toEqual([
      ['_entities', 0, 'disclosuresSent'],
      ['_entities', 0, 'sent'],
      ['_entities', 1, 'disclosuresSent'],
      ['_entities', 1, 'sent'],
    ]);
    // A named fragment's fields are the call's too.
    const named = parse('query { ...Asked } fragment Asked on Query { disclosure(id: "d-1") { id } }');
    expect(await paths({ document: named })).toEqual([['disclosure']]);
  });
});

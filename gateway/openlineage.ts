/**
 * `POST /api/v1/lineage` at the gateway: where an OpenLineage client (Airflow, Spark, dbt)
 * that would send its run events to Marquez sends them to the county instead. The gateway
 * does here what it does for GraphQL, and no more: it limits the body, authenticates the
 * bearer, refuses a role that may never send events, and forwards the event, signed with the
 * verified principal, to the lineage subgraph's route of the same path, whose answer it
 * passes back. What an event means is the lineage subgraph's business.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Claims } from '../infra/auth/tokens.ts';
import { ErrorCode } from '../infra/errors.ts';
import { OPENLINEAGE_PATH } from '../infra/http.ts';
import type { Logger } from '../infra/logger.ts';
import { postSigned, requestIdsFrom, type RequestIds } from './auth.ts';
import type { HttpRefusalReport } from './refusals.ts';

export { OPENLINEAGE_PATH };

/**
 * The largest run event read. An event names at most 100 datasets and 10,000 record ids
 * (core/lineage/run-event.ts), well under this; Spark's column-lineage facets can be large,
 * but a body past this is refused unread (413) rather than held in memory.
 */
export const OPENLINEAGE_MAX_BODY_BYTES = 1024 * 1024;

/** The roles that may send run events at all; the lineage subgraph checks the agency. */
const SENDING_ROLES = new Set(['RECORDER', 'ADMIN']);

export type OpenLineageOptions = {
  verify: (token: string) => Promise<Claims>;
  internalSecret: string;
  /** The lineage subgraph's GraphQL URL; the event goes to its /api/v1/lineage. */
  lineageUrl: string | undefined;
  maxBodyBytes: number;
  logger: Logger;
  /** Writes a refusal of a signed-in caller to the access log (gateway/refusals.ts). */
  report?: HttpRefusalReport;
};

class TooLarge extends Error {}

async function readLimited(request: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function answer(response: ServerResponse, ids: RequestIds, status: number, body: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('x-request-id', ids.id);
  if (ids.client !== null) response.setHeader('x-client-request-id', ids.client);
  response.end(body);
}

const errorJson = (message: string, code: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

/** What the access log names as asked, for a refused run event. */
const RUN_EVENT = 'OpenLineage run event';

/** Serves one request to OPENLINEAGE_PATH. */
export async function serveOpenLineage(
  request: IncomingMessage,
  response: ServerResponse,
  options: OpenLineageOptions,
): Promise<void> {
  const header = request.headers['x-request-id'];
  const ids = requestIdsFrom(Array.isArray(header) ? header[0] : header);
  const refuse = async (status: number, message: string, code: string) => {
    options.logger.info({ requestId: ids.id, path: OPENLINEAGE_PATH, status, refused: message });
    // A refusal of the caller (not the gateway's own failure to forward) goes to the access
    // log before the answer, as every refusal does.
    if (status < 500) await options.report?.(request.headers.authorization, ids, `${code}: ${message}`, RUN_EVENT);
    answer(response, ids, status, errorJson(message, code));
  };
  if (request.method !== 'POST') {
    response.setHeader('allow', 'POST');
    return refuse(405, `${OPENLINEAGE_PATH} takes POST only, not ${request.method}`, 'BAD_REQUEST');
  }
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return refuse(415, 'a run event must be sent as application/json', 'BAD_REQUEST');
  }
  const length = request.headers['content-length'];
  if (length !== undefined && Number(length) > options.maxBodyBytes) {
    // Refused on its stated length, unread: the connection closes rather than take it in.
    response.setHeader('connection', 'close');
    return refuse(413, `the run event is ${length} bytes; at most ${options.maxBodyBytes} are read`, 'BAD_REQUEST');
  }
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (token === undefined) {
    response.setHeader('www-authenticate', 'Bearer');
    return refuse(401, 'a run event needs an Authorization header "Bearer <token>"', ErrorCode.UNAUTHENTICATED);
  }
  let claims: Claims;
  try {
    claims = await options.verify(token);
  } catch (error) {
    response.setHeader('www-authenticate', 'Bearer');
    return refuse(401, (error as Error).message, ErrorCode.UNAUTHENTICATED);
  }
  if (!claims.roles.some((role) => SENDING_ROLES.has(role))) {
    return refuse(403, `${claims.subject} may not send run events: that needs RECORDER or ADMIN`, ErrorCode.FORBIDDEN);
  }
  let body: string;
  try {
    body = await readLimited(request, options.maxBodyBytes);
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
    response.setHeader('connection', 'close');
    return refuse(413, `the run event is over ${options.maxBodyBytes} bytes, the most read`, 'BAD_REQUEST');
  }
  if (options.lineageUrl === undefined) {
    return refuse(503, 'the lineage subgraph is not configured', ErrorCode.SUBGRAPH_UNAVAILABLE);
  }
  const target = new URL(OPENLINEAGE_PATH, options.lineageUrl);
  try {
    const forwarded = await postSigned(target, {
      secret: options.internalSecret,
      audience: 'lineage',
      claims,
      ids,
      body,
      timeoutMs: 30_000,
    });
    answer(response, ids, forwarded.status, await forwarded.text());
  } catch (error) {
    options.logger.error({ requestId: ids.id, path: OPENLINEAGE_PATH, error: (error as Error).message });
    return refuse(503, 'the lineage subgraph could not be reached', ErrorCode.SUBGRAPH_UNAVAILABLE);
  }
}

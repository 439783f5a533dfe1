/**
 * `POST /api/v1/lineage`: OpenLineage run events in, as Marquez takes them. The gateway
 * authenticates the bearer and forwards the event signed; here the caller is checked again,
 * the event read, its namespaces mapped to parties, and what it moved recorded through the
 * core's own writes (core/lineage/run-events.ts says what is written for what).
 *
 * The namespace mapping is the JSON file OPENLINEAGE_NAMESPACES names (core/lineage/
 * namespaces.ts gives its shape), read at each event so that the county can add a namespace
 * without a restart; without it no namespace maps to a party.
 */
import { readFileSync } from 'node:fs';
import { ForbiddenError } from '../../infra/auth/errors.ts';
import { hasRole } from '../../infra/auth/principal.ts';
import { signedIn } from '../../infra/auth/organisation.ts';
import { DomainError, ErrorCode, InputError } from '../../infra/errors.ts';
import { routeStatusOf, type RouteAnswer } from '../../infra/http.ts';
import { createLogger } from '../../infra/logger.ts';
import {
  EMPTY_NAMESPACE_MAP,
  parseNamespaceMap,
  parseRunEvent,
  planRunEvent,
  recordRunPlan,
  senderOfFlow,
  type NamespaceMap,
} from '../../core/lineage/index.ts';
import type { RequestContext } from '../runtime/context.ts';

/** The variable naming the namespace mapping's file. */
export const NAMESPACE_MAP_VARIABLE = 'OPENLINEAGE_NAMESPACES';

/** A mapping that cannot be read is the operator's to fix: the caller is told only that. */
class MappingUnavailable extends Error {}

function namespaceMap(env: NodeJS.ProcessEnv = process.env): NamespaceMap {
  const path = env[NAMESPACE_MAP_VARIABLE];
  if (path === undefined || path === '') return EMPTY_NAMESPACE_MAP;
  try {
    return parseNamespaceMap(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new MappingUnavailable(`${NAMESPACE_MAP_VARIABLE} (${path}): ${(error as Error).message}`, {
      cause: error,
    });
  }
}

const refusal = (error: DomainError): RouteAnswer => ({
  status: routeStatusOf(error.code),
  body: { errors: [{ message: error.message, extensions: error.extensions }] },
});

/** Only a RECORDER (for the agency whose data the run moved) or an ADMIN sends run events. */
function assertMaySend(context: RequestContext) {
  const caller = signedIn(context.principal);
  if (!hasRole(caller, 'RECORDER', 'ADMIN')) {
    throw new ForbiddenError(`${caller.id} may not send run events: that needs RECORDER or ADMIN`);
  }
  return caller;
}

async function receive(context: RequestContext, body: string): Promise<RouteAnswer> {
  const caller = assertMaySend(context);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new InputError('run event: the body is not JSON', 'event', null);
  }
  const event = parseRunEvent(parsed);
  const plan = await planRunEvent(context.db, event, namespaceMap());
  if (!hasRole(caller, 'ADMIN')) {
    // A RECORDER records for its own agency only (as recordDisclosure and recordAccessGrant).
    for (const flow of plan.flows) {
      const sender = senderOfFlow(flow);
      if (sender !== caller.organisation) {
        const namespace = event.inputs.find((input) => input.path === flow.senderPath)?.namespace;
        throw new ForbiddenError(
          `${caller.id} acts for ${caller.organisation} and may record only for it; ${flow.senderPath}.namespace is a dataset of another party`,
          { field: `${flow.senderPath}.namespace`, value: namespace },
        );
      }
    }
  }
  const written = await recordRunPlan(context.db, plan);
  const created = written.some((write) => write.created);
  return {
    status: created ? 201 : 200,
    body: {
      runId: event.runId,
      eventType: event.eventType,
      written,
      unmapped: plan.unmapped,
      skipped: plan.skipped,
      ...(event.eventType === 'COMPLETE' ? {} : { note: 'acknowledged: only a COMPLETE run event is recorded' }),
    },
  };
}

/** The route, answering every refusal with its status and one coded error. */
export async function receiveRunEvent(context: RequestContext, body: string): Promise<RouteAnswer> {
  try {
    return await receive(context, body);
  } catch (error) {
    if (error instanceof DomainError) return refusal(error);
    if (error instanceof MappingUnavailable) {
      createLogger('lineage').error({ requestId: context.requestId, openlineage: error.message });
      return {
        status: 503,
        body: {
          errors: [
            {
              message: 'the county namespace mapping cannot be read; the operator has been told',
              extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
            },
          ],
        },
      };
    }
    throw error;
  }
}

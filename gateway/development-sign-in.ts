/**
 * Signing in without copy and paste, on a development machine only. When the service signs
 * tokens with its local development key (production refuses that key at start, and a service
 * given an identity provider's keys never has it), GET /explorer/sign-in-as lists the explorer's
 * roles with a fresh token each, for its "Sign in as" buttons, and GraphiQL opens with the
 * README's example query and a headers block that carries an AUDITOR's token. Without the
 * development key, the path answers 404 and GraphiQL opens with the example alone.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEVELOPMENT_PRINCIPALS } from '../infra/auth/dev-principals.ts';
import { issueDevelopmentToken, type AuthConfig } from '../infra/auth/tokens.ts';

export const SIGN_IN_AS_PATH = '/explorer/sign-in-as';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * The key development sign-in mints with, or none: only tokens signed with the local
 * development key, and only on a gateway that listens on this machine alone (a development
 * gateway opened to the network offers no token to whoever reaches it).
 */
export function developmentSignIn(keys: AuthConfig | undefined, host: string): AuthConfig | undefined {
  return keys?.keys.kind === 'development' && LOOPBACK.has(host) ? keys : undefined;
}

/** The roles the explorer is for, each with what it is for, in the order the buttons show. */
export const EXPLORER_ROLES = [
  { role: 'AUDITOR', does: 'traces people, records and parties' },
  { role: 'ANALYST', does: 'counts, without any person' },
] as const;

/** The README's first query: who received the Sheriff's records, and this year's count. */
export const EXAMPLE_QUERY = `# Who received the Sheriff's records, and how many disclosures this county year?
# The Headers pane below carries a development token; press the run button.
{
  party(id: "cook-sheriff") {
    name
    disclosuresSent(first: 10) {
      nodes {
        at
        purpose
        to {
          name
          kind
          disclosureCountReceived
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  disclosureCount(year: 2025)
}
`;

/** GraphiQL's options: the example, and with the development key a working headers block. */
export async function graphiqlOptions(development: AuthConfig | undefined) {
  const options = { title: 'Disclosure tracker', defaultQuery: EXAMPLE_QUERY };
  if (development === undefined) return options;
  const token = await issueDevelopmentToken(DEVELOPMENT_PRINCIPALS.AUDITOR, development);
  return { ...options, headers: JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2) };
}

/** Answers GET /explorer/sign-in-as: the roles with a token each, or 404 without the development key. */
export async function serveSignInAs(
  request: IncomingMessage,
  response: ServerResponse,
  development: AuthConfig | undefined,
): Promise<void> {
  response.setHeader('cache-control', 'no-store');
  if (development === undefined || request.method !== 'GET') {
    response.statusCode = 404;
    return void response.end();
  }
  const roles = await Promise.all(
    EXPLORER_ROLES.map(async ({ role, does }) => ({
      role,
      does,
      organisation: DEVELOPMENT_PRINCIPALS[role].organisation,
      token: await issueDevelopmentToken(DEVELOPMENT_PRINCIPALS[role], development),
    })),
  );
  response.statusCode = 200;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ roles }));
}

import { buildSchema, parse, type DocumentNode, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REFUSED_BY_GATEWAY, useRoleCheck } from '../../../gateway/role-check.ts';
import type { Claims } from '../../../infra/auth/tokens.ts';

const schema = buildSchema(/* GraphQL */ `
  directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE

  type Query {
    notice: String
    holder(id: ID!): Holder
    disclosure(id: ID!): Disclosure @requiresScopes(scopes: [["AUDITOR"], ["ANALYST"]])
    node(id: ID!): Node
  }
  interface Node {
    id: ID!
    note: String @authenticated
  }
  type Holder implements Node {
    id: ID!
    note: String @authenticated
    name: String
    ledger: Ledger @requiresScopes(scopes: [["AUDITOR"]])
  }
  type Ledger @requiresScopes(scopes: [["AUDITOR"]]) {
    entries: Int
    holder: Holder
  }
  type Disclosure {
    id: ID!
    recipient: Holder
  }
`);

const caller = (subject: string, ...roles: string[]) => ({ subject, roles, organisation: 'cook-oiig' }) as Claims;
const AUDITOR = caller('auditor-1', 'AUDITOR');
const ANALYST = caller('analyst-1', 'ANALYST');
const PUBLIC = caller('reader-1', 'PUBLIC');

type Outcome = { stopped: ExecutionResult | null; document: DocumentNode };

/** Runs the plugin's check for one request, as the server runs it before execution. */
function checked(
  plugin: ReturnType<typeof useRoleCheck>,
  document: DocumentNode,
  user: Claims | null,
  variableValues?: Record<string, unknown>,
  operationName?: string,
): Outcome {
  const args = { schema, document, contextValue: { currentUser: user }, variableValues, operationName };
  let stopped: ExecutionResult | null = null;
  const hook = plugin.onExecute as (payload: object) => void;
  hook({ args, setResultAndStopExecution: (result: ExecutionResult) => (stopped = result) });
  return { stopped, document: args.document };
}

const refusals = (outcome: Outcome) =>
  outcome.stopped?.errors?.map((error) => [error.extensions['code'], error.message.split(' needs')[0]]) ?? [];

describe("the gateway's role check", () => {
  it('refuses the whole request naming each field the caller may not read, and marks it as its own', () => {
    const plugin = useRoleCheck(async () => null);
    const document = parse('{ notice disclosure(id: "d") { id } holder(id: "h") { name ledger { entries } } }');
    const outcome = checked(plugin, document, PUBLIC);
    expect(outcome.stopped?.data).toBeNull();
    expect(refusals(outcome)).toEqual([
      ['FORBIDDEN', 'Query.disclosure'],
      ['FORBIDDEN', 'Holder.ledger'],
    ]);
    expect(outcome.stopped?.errors?.[0]?.message).toBe(
      'Query.disclosure needs the role AUDITOR or ANALYST; reader-1 has PUBLIC',
    );
    expect(outcome.stopped?.errors?.every((error) => error.extensions['refusedBy'] === REFUSED_BY_GATEWAY)).toBe(true);
  });

  it("answers each caller by its own roles when the same parsed document comes again (what it keeps is the document's, never a caller's)", () => {
    const plugin = useRoleCheck(async () => null);
    const document = parse('{ disclosure(id: "d") { id recipient { name } } }');
    expect(checked(plugin, document, AUDITOR).stopped).toBeNull();
    expect(refusals(checked(plugin, document, PUBLIC))).toEqual([['FORBIDDEN', 'Query.disclosure']]);
    expect(refusals(checked(plugin, document, null))).toEqual([['UNAUTHENTICATED', 'Query.disclosure']]);
    expect(checked(plugin, document, ANALYST).stopped).toBeNull();
    expect(checked(plugin, parse('{ disclosure(id: "d") { id } }'), PUBLIC).stopped).not.toBeNull();
  });

  it('passes an allowed request on with the very document it was given', () => {
    const plugin = useRoleCheck(async () => null);
    const document = parse('{ notice holder(id: "h") { name ledger { entries } } }');
    const outcome = checked(plugin, document, AUDITOR);
    expect(outcome.stopped).toBeNull();
    expect(outcome.document).toBe(document);
  });

  it('checks a protected type wherever it is reached, fields in fragments, and fields asked through an interface', () => {
    const plugin = useRoleCheck(async () => null);
    const viaType = parse('{ disclosure(id: "d") { recipient { ledger { holder { name } } } } }');
    expect(refusals(checked(plugin, viaType, ANALYST))).toEqual([['FORBIDDEN', 'Holder.ledger']]);
    const viaFragment = parse(
      'query { holder(id: "h") { ...seen } } fragment seen on Holder { name ledger { entries } }',
    );
    expect(refusals(checked(plugin, viaFragment, ANALYST))).toEqual([['FORBIDDEN', 'Holder.ledger']]);
    const viaInterface = parse('{ node(id: "h") { id note ... on Holder { ledger { entries } } } }');
    expect(refusals(checked(plugin, viaInterface, null))).toEqual([
      ['UNAUTHENTICATED', 'Node.note'],
      ['UNAUTHENTICATED', 'Holder.ledger'],
    ]);
  });

  it('does not look under a field it refused: one refusal for a protected field and its protected type', () => {
    const plugin = useRoleCheck(async () => null);
    const document = parse('{ holder(id: "h") { ledger { entries holder { ledger { entries } } } } }');
    expect(refusals(checked(plugin, document, PUBLIC))).toEqual([['FORBIDDEN', 'Holder.ledger']]);
  });

  it("leaves out a field that @skip or @include keeps from running, decided by each request's own variables", () => {
    const plugin = useRoleCheck(async () => null);
    const document = parse('query Q($full: Boolean = false) { notice disclosure(id: "d") @include(if: $full) { id } }');
    expect(checked(plugin, document, PUBLIC, {}).stopped).toBeNull();
    expect(checked(plugin, document, PUBLIC, { full: false }).stopped).toBeNull();
    expect(refusals(checked(plugin, document, PUBLIC, { full: true }))).toEqual([['FORBIDDEN', 'Query.disclosure']]);
    expect(checked(plugin, document, PUBLIC, { full: false }).stopped).toBeNull();
    const skipped = parse('{ disclosure(id: "d") @skip(if: true) { id } }');
    expect(checked(plugin, skipped, PUBLIC, {}).stopped).toBeNull();
  });

  it('checks a conditional field whose condition it cannot read: variables that are not the declared type', () => {
    const plugin = useRoleCheck(async () => null);
    const document = parse('query Q($full: Boolean!) { disclosure(id: "d") @include(if: $full) { id } }');
    expect(refusals(checked(plugin, document, PUBLIC, { full: 'no' }))).toEqual([['FORBIDDEN', 'Query.disclosure']]);
    expect(refusals(checked(plugin, document, PUBLIC, {}))).toEqual([['FORBIDDEN', 'Query.disclosure']]);
    // Not a document validation lets through (the variable is not declared): still checked.
    const undeclared = parse('{ disclosure(id: "d") @include(if: $full) { id } }');
    expect(refusals(checked(plugin, undeclared, PUBLIC, { other: true }))).toEqual([['FORBIDDEN', 'Query.disclosure']]);
  });

  it('checks every operation of a document, not only the one asked to run (the stricter way)', () => {
    const plugin = useRoleCheck(async () => null);
    const document = parse('query Open { notice } query Closed { disclosure(id: "d") { id } }');
    expect(refusals(checked(plugin, document, PUBLIC, {}, 'Open'))).toEqual([['FORBIDDEN', 'Query.disclosure']]);
  });

  it("puts the caller its token names in the request's context, and lets a bad token's refusal through", async () => {
    const plugin = useRoleCheck(async (request) => {
      if (request.headers.get('authorization') === 'Bearer bad') throw new Error('the token is expired');
      return AUDITOR;
    });
    const build = plugin.onContextBuilding as (payload: object) => Promise<void>;
    let extended: object = {};
    const context = (authorization: string) => ({
      context: { request: new Request('http://gateway/graphql', { headers: { authorization } }) },
      extendContext: (more: object) => (extended = more),
    });
    await build(context('Bearer good'));
    expect(extended).toEqual({ currentUser: AUDITOR });
    await expect(build(context('Bearer bad'))).rejects.toThrow('the token is expired');
  });
});

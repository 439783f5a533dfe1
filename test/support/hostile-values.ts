/** Strings that try to break out of a Cypher parameter, a JSON document or a page. */

const cursorOf = (position: string) => Buffer.from(position, 'utf8').toString('base64url');

/** Sent through every String and ID place, and every custom scalar. */
export const INJECTION_PAYLOADS = [
  `' OR 1=1 //`,
  `" OR 1=1 //`,
  `x'}) DETACH DELETE n //`,
  `"}) MATCH (n) DETACH DELETE n RETURN 1 //`,
  '`Party`',
  'x\u0000y',
  '$ids',
  `{id: 'x'}`,
  '1; CALL db.clearQueryCaches()',
  `\\' OR '1'='1`,
  '<script>alert(1)</script>',
  `' OR 1=1 // `.repeat(1000).slice(0, 10_000),
  '🤷‍♀️ ünïcödé',
  'MATCH (n) DETACH DELETE n',
  // Cursors are opaque strings that the server decodes: well-formed ones carrying injections.
  cursorOf(`"}) MATCH (n) DETACH DELETE n RETURN 1 //`),
  cursorOf(JSON.stringify([`' OR 1=1 //`, `x'}) DETACH DELETE n //`])),
];

/** Also sent to a custom scalar: values its format admits but the database would not. */
export const SCALAR_PAYLOADS: Record<string, string[]> = {
  DateTime: ['2025-02-30T10:00:00-05:00', '2025-06-01T24:00:00Z', '2025-06-01T10:00:00+23:59'],
};

import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { internalSecret } from './auth/internal.ts';
import { InputError } from './errors.ts';

/** The most items one page may hold: asking for more is an error, never a silent cut. */
export const MAX_PAGE_SIZE = 500;

export type PageInfo = { endCursor: string | null; hasNextPage: boolean };
export type Page<T> = { nodes: T[]; pageInfo: PageInfo };

export function emptyPage<T>(): Page<T> {
  return { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } };
}

/**
 * Cursors are opaque: a page's position (a record id, a time and a disclosure id, an offset)
 * would otherwise tell a caller what the page's fields may not show it. A position is
 * encrypted and authenticated (AES-256-GCM) with keys derived from the secret the services
 * share, its nonce derived from the position (as SIV does), so that one position always gives
 * one cursor and a cursor that was not made here, or was altered, is refused.
 */
let keys: { encryption: Buffer; nonce: Buffer } | null = null;
function cursorKeys() {
  if (keys === null) {
    const secret = internalSecret();
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'disclosure-tracker cursors', info, 32));
    keys = { encryption: derive('encryption'), nonce: derive('nonce') };
  }
  return keys;
}

export function encodeCursor(position: string): string {
  const { encryption, nonce } = cursorKeys();
  const iv = createHmac('sha256', nonce).update(position, 'utf8').digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', encryption, iv);
  const sealed = Buffer.concat([cipher.update(position, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const refused = () =>
    new InputError(`after must be a cursor returned by a previous page, got "${cursor}"`, 'after', cursor);
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.length < 12 + 16 + 1 || bytes.toString('base64url') !== cursor) throw refused();
  const { encryption } = cursorKeys();
  try {
    const decipher = createDecipheriv('aes-256-gcm', encryption, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    const position = Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString(
      'utf8',
    );
    if (encodeCursor(position) !== cursor) throw refused();
    return position;
  } catch {
    throw refused();
  }
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InputError(`first must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${first}`, 'first', first);
  }
  return first;
}

/**
 * Builds a page from rows fetched with `limit first + 1`: the extra row, if present, only
 * says that another page exists.
 */
export function toPage<T>(rows: T[], first: number, positionOf: (row: T) => string): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: {
      endCursor: last === undefined ? null : encodeCursor(positionOf(last)),
      hasNextPage: rows.length > first,
    },
  };
}

/** The offset an offset cursor stands for: 0 without one; a cursor that holds no offset is refused. */
export function decodeOffset(after: string | null | undefined): number {
  const position = decodeCursor(after);
  const offset = position === null ? 0 : Number(position);
  if (!Number.isSafeInteger(offset) || offset < 0 || !/^\d+$/.test(position ?? '0')) {
    throw new InputError(`after must be a cursor returned by a previous page, got "${after}"`, 'after', after);
  }
  return offset;
}

/**
 * A page of a list computed whole in memory (a trace, a deletion scope): `after` is an
 * offset, encoded as a cursor. Complete when `truncated` is false.
 */
export function offsetPage<T>(
  all: readonly T[],
  first: number,
  after: string | null | undefined,
): Page<T> & { truncated: boolean; totalCount: number } {
  const size = checkPageSize(first);
  const offset = decodeOffset(after);
  const nodes = all.slice(offset, offset + size);
  const end = offset + nodes.length;
  return {
    nodes,
    totalCount: all.length,
    truncated: end < all.length,
    pageInfo: { endCursor: nodes.length > 0 ? encodeCursor(String(end)) : null, hasNextPage: end < all.length },
  };
}

import { describe, expect, it } from 'vitest';
import { bookmarkHeader, callDeadline, causalityOf, DEADLINE_MARGIN_MS } from '../../../gateway/deadlines.ts';
import { LIMITS } from '../../../gateway/limits.ts';
import { BOOKMARK_HEADER } from '../../../infra/scope.ts';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('a request deadline and its bookmarks at the gateway', () => {
  it('gives a request the full deadline unless its client asks for less', () => {
    expect(causalityOf(headers({}), 1_000).deadline).toBe(1_000 + LIMITS.requestDeadlineMs);
    expect(causalityOf(headers({ 'x-request-timeout': '2500' }), 1_000).deadline).toBe(3_500);
    expect(causalityOf(headers({ 'x-request-timeout': ` ${LIMITS.requestDeadlineMs} ` }), 0).deadline).toBe(
      LIMITS.requestDeadlineMs,
    );
  });

  it('refuses a timeout that is not whole milliseconds from 1 to the deadline, naming the header and the value', () => {
    for (const value of ['0', '-1', '2.5', '1e3', 'soon', '', String(LIMITS.requestDeadlineMs + 1), '9'.repeat(12)]) {
      expect(() => causalityOf(headers({ 'x-request-timeout': value })), value).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'x-request-timeout' }),
        }),
      );
    }
  });

  it('gives each subgraph call what is left, at most the time for one call, less a margin', () => {
    const long = causalityOf(headers({}), 0);
    expect(callDeadline(long, 0)).toBe(LIMITS.upstreamTimeoutMs - DEADLINE_MARGIN_MS);
    // Later in the request, the request's own deadline bounds it.
    expect(callDeadline(long, LIMITS.requestDeadlineMs - 5_000)).toBe(LIMITS.requestDeadlineMs - 500);
    const short = causalityOf(headers({ 'x-request-timeout': '400' }), 0);
    expect(callDeadline(short, 0)).toBe(350);
  });

  it('hands a client back the bookmarks it may send again, and refuses any other value', () => {
    const written = causalityOf(headers({}));
    written.bookmarks.add('FB:one');
    written.bookmarks.add('FB:two');
    const value = bookmarkHeader(written);
    expect(value).toMatch(/^[\w-]+$/);
    expect([...causalityOf(headers({ [BOOKMARK_HEADER]: value })).bookmarks]).toEqual(['FB:one', 'FB:two']);
    for (const bad of ['%%%', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1]').toString('base64url')]) {
      expect(() => causalityOf(headers({ [BOOKMARK_HEADER]: bad })), bad).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', value: '(not shown)' }),
        }),
      );
    }
  });
});

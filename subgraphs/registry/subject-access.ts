import { ForbiddenError, UnauthenticatedError } from '../../infra/auth/errors.ts';
import { hasRole, type Principal } from '../../infra/auth/principal.ts';
import { InputError } from '../../infra/errors.ts';
import { checkPageSize, decodeCursor, type Page } from '../../infra/pagination.ts';
import { logSilentRefusal } from '../runtime/refusals.ts';
import type { Context } from './context.ts';
import type { RecordRow, SubjectRow } from '../../core/registry/index.ts';
import { isSubjectKey, REDACTED } from '../../core/registry/index.ts';

/*
 * Subject-level reads (README, "Who may see what"): an AUDITOR reads every record, a
 * RECORDER only those its own agency originated, and no other role any. The SDL's
 * @requiresScopes admits AUDITOR and RECORDER; the agency check needs the data, so it is
 * here. Every answer that carries a subject or a record is written to the access log before
 * it is returned: if the entry cannot be written, the answer is not given.
 */

/** The one origin whose records the caller may read, or null for every origin (AUDITOR). */
export function readableOrigin(principal: Principal | null): string | null {
  if (principal === null) throw new UnauthenticatedError('subject-level reads need a signed-in principal');
  if (hasRole(principal, 'AUDITOR')) return null;
  if (hasRole(principal, 'RECORDER')) return principal.organisation;
  throw new ForbiddenError(`${principal.id} has no role that may read subjects or records`);
}

/**
 * A record the caller may read; null for one it may not, exactly as for one that does not
 * exist, so that the answer never tells another agency's record exists (the refusal is
 * logged, with why).
 */
async function permitted(record: RecordRow | null, context: Context): Promise<RecordRow | null> {
  if (record === null) return null;
  const origin = readableOrigin(context.principal);
  if (origin !== null && record.originId !== origin) {
    await logSilentRefusal(
      context,
      `${context.principal?.id} acts for ${origin} and may read only the records it originated; record ${record.id} is not one`,
    );
    return null;
  }
  return record;
}

export async function readRecord(context: Context, id: string): Promise<RecordRow | null> {
  const record = await permitted(await context.loaders.record.load(id), context);
  if (record !== null) await context.loaders.accessLog.load({ subjects: [record.subjectKey], records: [record.id] });
  return record;
}

/**
 * A subject the caller may read. A RECORDER whose agency holds no record about the person is
 * refused whether or not another agency does, so that the answer never tells it that one does.
 */
export async function readSubject(context: Context, subjectKey: string, log = true): Promise<SubjectRow | null> {
  const length = subjectKey.length;
  if (!isSubjectKey(subjectKey)) {
    throw new InputError(
      `subjectKey must be 64 lower-case hex digits, as deriveSubjectKey returns; got ${length} characters that are not (not shown: it may be an identifier in clear)`,
      'subjectKey',
      REDACTED,
    );
  }
  const originId = readableOrigin(context.principal);
  const subject = await context.loaders.subject.load({ subjectKey, originId });
  if (subject === null && originId !== null) {
    throw new ForbiddenError(
      `${context.principal?.id} acts for ${originId} and may read only subjects of the records it originated`,
    );
  }
  if (subject !== null && log) await context.loaders.accessLog.load({ subjects: [subjectKey], records: [] });
  return subject;
}

export async function readRecordsOf(
  context: Context,
  subject: SubjectRow,
  args: { first: number; after?: string | null },
): Promise<Page<RecordRow>> {
  const page = await context.loaders.recordsOfSubject.load({
    subjectKey: subject.subjectKey,
    originId: readableOrigin(context.principal),
    first: checkPageSize(args.first),
    after: decodeCursor(args.after),
  });
  await context.loaders.accessLog.load({
    subjects: [subject.subjectKey],
    records: page.nodes.map((record) => record.id),
  });
  return page;
}

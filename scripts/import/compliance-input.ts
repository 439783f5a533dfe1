/**
 * Compliance documents as `npm run import` takes them: one document of any type per line,
 * `{"type": "AGREEMENT", "document": {...}}`, the document exactly as the matching mutation's
 * input. Its shape is checked against that input type of this subgraph's schema, so a file
 * and the API accept the same documents; the write functions then check the rest, as they
 * do for the API. The import is an operator's tool: it writes as the service, not as a
 * principal, like the other kinds.
 */
import { coerceInputValue, isInputType, type GraphQLInputType } from 'graphql';
import type { Database } from '../../infra/db.ts';
import { InputError } from '../../infra/errors.ts';
import {
  recordAgreement,
  validateAgreement,
  type AgreementInput,
  partiesOf,
  recordDocument,
  validateDocument,
  type DocumentKind,
  recordCertification,
  recordRecipientList,
  validateCertification,
  validateRecipientList,
  type CertificationInput,
  type RecipientListInput,
} from '../../core/compliance/index.ts';
import { buildSchema, compliance } from '../../subgraphs/index.ts';

/** The typed records of (f) and the documents of (a) to (h), each with the mutation input it has. */
const INPUT_TYPES = {
  AGREEMENT: 'RecordAgreementInput',
  RECIPIENT_CERTIFICATION: 'RecordRecipientCertificationInput',
  RECIPIENT_LIST: 'RecordRecipientListInput',
  AUDIT: 'RecordAuditInput',
  VIOLATION_NOTICE: 'RecordViolationNoticeInput',
  CEASE_ORDER: 'RecordCeaseOrderInput',
  DELETION_DEMAND: 'RecordDeletionDemandInput',
  DETAINER_REQUEST: 'RecordDetainerRequestInput',
  IMMIGRATION_ACCESS_REQUEST: 'RecordImmigrationAccessRequestInput',
  COMPLAINT: 'RecordComplaintInput',
  COMPLAINT_STATUS: 'RecordComplaintStatusInput',
} as const satisfies Record<string, string>;

export type ComplianceType = keyof typeof INPUT_TYPES;
export const COMPLIANCE_TYPES = Object.keys(INPUT_TYPES) as ComplianceType[];

/** One line: `id` is what a file names once, its type and id (and an agreement's version: its versions share an id). */
export type ComplianceItem = { id: string; type: ComplianceType; document: Record<string, unknown> };

let inputTypes: Map<ComplianceType, GraphQLInputType> | null = null;

function inputTypeOf(type: ComplianceType): GraphQLInputType {
  if (inputTypes === null) {
    const schema = buildSchema(compliance);
    inputTypes = new Map(
      COMPLIANCE_TYPES.map((name) => {
        const found = schema.getType(INPUT_TYPES[name]);
        if (!isInputType(found)) throw new Error(`the compliance schema has no input ${INPUT_TYPES[name]}`);
        return [name, found];
      }),
    );
  }
  return inputTypes.get(type) as GraphQLInputType;
}

/** A document of a type, shaped as its mutation input requires; throws InputError naming the first bad field. */
export function complianceItem(type: ComplianceType, value: unknown): ComplianceItem {
  let document: Record<string, unknown> | undefined;
  try {
    document = coerceInputValue(value, inputTypeOf(type), (path, invalid, error) => {
      const field = path.length === 0 ? 'document' : path.join('.');
      throw new InputError(`${type} document: ${error.message}`, field, invalid);
    }) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${type} document: ${(error as Error).message}`, 'document', value);
  }
  const id = String(document.id);
  return { id: type === 'AGREEMENT' ? `${type}:${id}#${String(document.version)}` : `${type}:${id}`, type, document };
}

const asDocumentKind = (type: ComplianceType) => type as DocumentKind;

/** The checks of the write function that need no graph. */
export function validateComplianceItem(item: ComplianceItem, now: number): void {
  switch (item.type) {
    case 'AGREEMENT':
      validateAgreement(item.document as AgreementInput, now);
      return;
    case 'RECIPIENT_CERTIFICATION':
      validateCertification(item.document as CertificationInput, now);
      return;
    case 'RECIPIENT_LIST':
      validateRecipientList(item.document as RecipientListInput, now);
      return;
    default:
      validateDocument(asDocumentKind(item.type), item.document, now);
  }
}

/** The parties a line names, which must be registered before it is written. */
export function partiesNamed(item: ComplianceItem): string[] {
  const document = item.document;
  const ids = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  switch (item.type) {
    case 'AGREEMENT':
      return [String(document.agencyPartyId), String(document.thirdPartyId), ...ids(document.redisclosureTo)];
    case 'RECIPIENT_CERTIFICATION':
      return [String(document.recipientPartyId), String(document.thirdPartyId)];
    case 'RECIPIENT_LIST':
      return [String(document.thirdPartyId), ...ids(document.recipientPartyIds)];
    default:
      return partiesOf(asDocumentKind(item.type), validateDocument(asDocumentKind(item.type), document).content).map(
        (party) => party.partyId,
      );
  }
}

/** Writes one line through the function its mutation uses. */
export async function recordComplianceItem(db: Database, item: ComplianceItem): Promise<{ created: boolean }> {
  switch (item.type) {
    case 'AGREEMENT':
      return recordAgreement(db, item.document as AgreementInput);
    case 'RECIPIENT_CERTIFICATION':
      return recordCertification(db, item.document as CertificationInput);
    case 'RECIPIENT_LIST':
      return recordRecipientList(db, item.document as RecipientListInput);
    default:
      return recordDocument(db, asDocumentKind(item.type), item.document);
  }
}

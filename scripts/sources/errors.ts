/**
 * A row of a source that cannot be read into what the service writes: a code for the rejects
 * file ("line N: CODE: message") and a message that names columns, never a cell's content.
 */
export class SourceError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

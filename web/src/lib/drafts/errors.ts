import type { FieldError } from '@clearinghouse/shared';

/** A change the shared schema refuses: the editor shows `details` next to the fields they name. */
export class DraftValidationError extends Error {
  constructor(readonly details: FieldError[]) {
    super(details.map((d) => d.message).join(' '));
    this.name = 'DraftValidationError';
  }
}

/** The record is not (or no longer) on this device: deleted here, or by sync. */
export class DraftNotFoundError extends Error {
  constructor(readonly recordId: string) {
    super(`No local record ${recordId}`);
    this.name = 'DraftNotFoundError';
  }
}

/** This device's data belongs to another account, until sync has cleared it. */
export class OtherUserDataError extends Error {
  constructor() {
    super('The data on this device belongs to another account.');
    this.name = 'OtherUserDataError';
  }
}

import type { Message } from '../types.ts';

/**
 * English words for the server's error codes and field error codes (shared/src/errors.ts). The
 * server's own `message` is English for logs and scripts: a person always reads these instead. Part of
 * the core dictionary (merged into en.ts and its peers): an error can appear on any page.
 */
export const errorsEn = {
  'apiError.bad-request': 'The request was not understood. Reload the page and try again.',
  'apiError.malformed-json': 'The request could not be read. Reload the page and try again.',
  'apiError.not-signed-in': 'Your session has ended. Sign in again.',
  'apiError.invalid-credentials': 'The email address or password is not correct.',
  'apiError.forbidden': 'Your account is not allowed to do this.',
  'apiError.origin-mismatch': 'The request came from another site and was refused. Open the app from its own address.',
  'apiError.not-found': 'What you asked for does not exist or is no longer available.',
  'apiError.conflict': 'This was changed in the meantime. Reload to see the latest version, then try again.',
  'apiError.already-exists': 'This already exists.',
  'apiError.payload-too-large': 'This is too large to be sent.',
  'apiError.unsupported-media-type': 'The server cannot read this kind of content.',
  'apiError.validation-failed': 'Some fields are not valid. Correct them and try again.',
  'apiError.client-too-old': 'This version of the app is out of date. Reload the page to update it.',
  'apiError.too-many-attempts': 'Too many attempts. Wait a few minutes before trying again.',
  'apiError.must-resync': 'This device must fetch everything again from the server before it can continue.',
  'apiError.submission-locked': 'This submission has been transmitted and can no longer be changed here.',
  'apiError.hash-mismatch': 'The file was damaged on the way. Send it again.',
  'apiError.weak-password': 'This password is too easy to guess.',
  'apiError.account-disabled': 'This account has been deactivated. Contact the Secretariat.',
  'apiError.setup-done': 'The first Secretariat account already exists. Sign in instead.',
  'apiError.token-invalid': 'This link is no longer valid. Ask for a new one.',
  'apiError.internal-error': 'The server met a problem. Try again later; if it happens again, contact the Secretariat.',
  'apiError.not-ready': 'The server is starting or under maintenance. Try again in a few minutes.',
  'apiError.bad-base-version': 'This device and the server disagree about a record. Discard the change and synchronise again.',
  'apiError.immutable-field': 'An element cannot move to another submission, category or entity.',
  'apiError.mid-already-passed': 'This change will be sent again.',
  'apiError.unknown': 'The server refused this ({code}). Try again; if it happens again, contact the Secretariat.',

  'fieldError.required': '{field}: this field is required.',
  'fieldError.unknown-field': '{field}: the server does not know this field. Reload the page to update the app.',
  'fieldError.server-owned': '{field}: set by the server, it cannot be changed here.',
  'fieldError.not-an-object': 'The data sent is not in the expected form.',
  'fieldError.wrong-type': '{field}: this value is not of the expected kind.',
  'fieldError.too-short': '{field}: this is too short.',
  'fieldError.too-long': '{field}: this is too long.',
  'fieldError.out-of-range': '{field}: this value is outside the allowed range.',
  'fieldError.not-an-option': '{field}: choose one of the options offered.',
  'fieldError.invalid-format': '{field}: this is not written in the expected form.',
  'fieldError.unknown-entity': '{field}: no State or organisation has this identifier.',
  'fieldError.same-entity': '{field}: the provider and the recipient must be two different entities.',
  'fieldError.weak-password':
    '{field}: this password is too easy to guess. Use at least 12 characters, not a common password, and not your email address.',
  'fieldError.already-exists': '{field}: an account already uses this address.',
  'fieldError.title-required': '{field}: every element needs a title before transmission.',
  'fieldError.date-order': '{field}: the end cannot come before the start.',
  'fieldError.resolved-date-without-resolution': '{field}: the obstacle is still open; mark it resolved or remove the date.',
  'fieldError.invalid': '{field}: this value is not accepted.',

  'fieldName.email': 'Email address',
  'fieldName.password': 'Password',
  'fieldName.newPassword': 'New password',
  'fieldName.entityId': 'State or organisation',
  'fieldName.providerEntityId': 'Provider',
  'fieldName.recipientEntityId': 'Recipient',
  'fieldName.record': 'The record',
} as const satisfies Readonly<Record<string, Message>>;

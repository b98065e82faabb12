import type { Message } from '../types.ts';

/**
 * English strings of what signing out and a deactivated account do to this device. Part of the core
 * dictionary (merged into en.ts): the sign-out dialog can open on any page.
 */
export const deviceEn = {
  'device.signOut.title': 'Changes not sent yet',
  'device.signOut.changes': {
    one: '{count} change made on this device has not reached the server yet.',
    other: '{count} changes made on this device have not reached the server yet.',
  },
  'device.signOut.transmissions': {
    one: '{count} transmission is waiting to be sent.',
    other: '{count} transmissions are waiting to be sent.',
  },
  'device.signOut.explain':
    'Signing out removes your data from this device. Export your drafts to a file first if you may need them elsewhere.',
  'device.signOut.keep': 'Sign out and keep them on this device',
  'device.signOut.keepHint':
    'Kept changes stay locked to your account and are sent the next time you sign in on this device. Nobody else signing in here can see them.',
  'device.signOut.discard': 'Sign out and delete them',
  'device.signOut.cancel': 'Stay signed in',
  'device.signOut.confirmTitle': 'Delete the changes not sent yet?',
  'device.signOut.confirmText': 'They will be deleted from this device for good and cannot be recovered, unless you exported your drafts.',
  'device.signOut.confirmDelete': 'Delete them and sign out',
  'device.signOut.back': 'Go back',
  'device.signOut.export': 'Export my drafts',
  'device.signOut.exported': { one: '{count} draft exported.', other: '{count} drafts exported.' },
  'device.signOut.passphraseHint':
    'Your drafts hold confidential parts: the exported file is locked with a passphrase. Import asks for it; keep it apart from the file.',
  'device.signOut.passphrase': 'Passphrase for the file',
  'device.signOut.passphraseRepeat': 'The passphrase again',
  'device.signOut.passphraseShort': 'Choose a passphrase of at least {count} characters.',
  'device.signOut.passphraseMismatch': 'The two passphrases differ: type the same one twice.',
  'device.signOut.exportedProtected': {
    one: '{count} draft exported, locked with your passphrase.',
    other: '{count} drafts exported, locked with your passphrase.',
  },
  'device.signOut.working': 'Signing out…',
  'device.signOut.failed': 'The data on this device could not all be removed: {reason}',
  'device.notice.accountDisabled':
    'This account has been deactivated, and its data has been removed from this device. If you think this is a mistake, contact the Secretariat.',
} as const satisfies Readonly<Record<string, Message>>;

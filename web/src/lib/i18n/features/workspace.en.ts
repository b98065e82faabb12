import type { Message } from '../types.ts';

/**
 * English strings every page of the workspace shows: the sync indicator above each page, the
 * dashboard (/app, what a focal point opens) and its install panel. Kept apart from drafting and
 * sync so that the first workspace page loads only these. Add keys here first, then to
 * workspace.fr.ts.
 */
export const workspaceEn = {
  'sync.label': 'Synchronisation',
  'sync.status.offline': 'Offline',
  'sync.status.syncing': 'Syncing…',
  'sync.status.upToDate': 'Up to date',
  'sync.status.waiting': { one: '{count} change waiting', other: '{count} changes waiting' },
  'sync.status.error': 'Sync failed',
  'sync.status.signIn': 'Sign in again to sync',
  'sync.status.updateApp': 'Update the app to sync',
  'sync.status.otherAccount': 'Changes of another account are waiting on this device',
  'sync.status.transmitQueuedOffline': {
    one: 'Transmission queued — will be sent when online',
    other: '{count} transmissions queued — will be sent when online',
  },
  'sync.status.transmitQueued': {
    one: 'Transmission queued — sent with the next sync',
    other: '{count} transmissions queued — sent with the next sync',
  },
  'sync.progress.file': 'Sending {name}: {sent} of {total}',
  'sync.progress.fileOf': 'file {index} of {count}',
  'sync.progress.changesLeft': {
    zero: 'No change left to send',
    one: '{count} change left to send',
    other: '{count} changes left to send',
  },
  'sync.lastSync': 'Last synced {time}',
  'sync.neverSynced': 'Not synced yet',
  'sync.now': 'Sync now',
  'sync.signInLink': 'Sign in',
  'sync.reload': 'Update now',
  'sync.details': 'Details',
  'sync.reason.offline': 'The server could not be reached. Your work is kept on this device and will be sent when the connection returns.',
  'sync.reason.signIn': 'Your session has ended. Sign in again: nothing on this device is lost.',
  'sync.reason.updateApp': 'This version of the app is too old to sync with the server. Update it: your drafts are kept.',
  'sync.reason.otherAccount':
    'This device holds changes made by another account that have not been sent yet. Sign in as that account to send them.',
  'sync.reason.server': 'The server could not complete the sync ({code}). It will be tried again automatically.',
  'sync.attention.rejected': { one: '{count} change refused', other: '{count} changes refused' },
  'sync.attention.conflicts': { one: '{count} conflict to settle', other: '{count} conflicts to settle' },
  'sync.attention.transmit': { one: '{count} transmission failed', other: '{count} transmissions failed' },

  'install.title': 'Install the app',
  'install.intro': 'Installed, the app opens from the home screen like any other app, works offline and keeps its data.',
  'install.button': 'Install',
  'install.installed': 'The app is installed on this device.',
  'install.iosHint':
    'On iPhone and iPad, Safari deletes the data of websites that are not installed and not opened for 7 days. Install the app: tap the Share button, then “Add to Home Screen”.',
  'install.unavailable': 'To install, use your browser’s menu (“Install app” or “Add to Home Screen”).',
  'dashboard.draftsSummary': {
    zero: 'No draft on this device.',
    one: '{count} draft on this device.',
    other: '{count} drafts on this device.',
  },
  'dashboard.unsentSummary': { zero: 'Everything is sent.', one: '{count} change not yet sent.', other: '{count} changes not yet sent.' },
  'dashboard.openDrafts': 'Open the drafts',
  // the workspace menu's label on phones, shown on every workspace page
  'desk.menu': 'Workspace menu',
  'desk.loadFailed': 'The work list could not be loaded ({reason}). Reload the page to try again.',
} as const satisfies Readonly<Record<string, Message>>;

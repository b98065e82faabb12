import type { Message } from './types.ts';
import { deviceEn } from './features/device.en.ts';
import { errorsEn } from './features/errors.en.ts';

/**
 * English core: the strings of the shell (header, navigation, sign-in, errors, the pages' titles) that
 * every page may show, bundled with the app. Each feature's strings are in `features/<name>.en.ts`,
 * loaded with the routes that need them (`route-features.ts`). English is the source of truth: add a
 * key here or in a feature file first; its French file then fails to type-check until it is
 * translated. Plural messages use Intl.PluralRules categories.
 */
export const en = {
  'app.name': 'Plan of Action clearinghouse',
  'app.owner': 'Secretariat of the Assembly of States Parties to the Rome Statute of the International Criminal Court',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',

  'nav.main': 'Main',
  'nav.workspace': 'Workspace',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.search': 'Search',
  'nav.states': 'States',
  'nav.assistance': 'Assistance table',
  'nav.events': 'Events',
  'nav.dashboard': 'Dashboard',
  'nav.drafts': 'Drafts',
  'nav.requests': 'Requests',
  'nav.inbox': 'Inbox',
  'nav.monitoring': 'Monitoring',
  'nav.settings': 'Settings',
  'nav.exchanges': 'Assistance exchanges',
  'nav.receive': 'Received by other channels',
  'nav.treaty': 'Treaty records',
  'nav.report': 'Compilation report',
  'nav.accounts': 'Accounts',
  'nav.audit': 'Audit trail',

  'language.label': 'Language',

  'connection.online': 'Online',
  'connection.offline': 'Offline',
  'connection.offlineHint': 'You are offline. What is stored on this device stays available.',

  'auth.signIn': 'Sign in',
  'auth.signOut': 'Sign out',
  'auth.signedInAs': 'Signed in as {email}',
  'auth.signOutFailed': 'You are signed out on this device. The server could not be told; it will be when you are back online.',

  'roles.focal_point': 'Focal point',
  'roles.secretariat': 'Secretariat',
  'roles.bureau': 'Bureau member',

  'signin.title': 'Sign in',
  'signin.intro':
    'For national focal points, contributors, the Secretariat and members of the Bureau. Reading the public clearinghouse needs no account.',
  'signin.email': 'Email address',
  'signin.password': 'Password',
  'signin.submit': 'Sign in',
  'signin.submitting': 'Signing in…',
  'signin.offline':
    'You are offline. Signing in needs a connection; once you are signed in, the workspace also opens offline on this device.',

  'errors.network': 'The server could not be reached. Check your connection and try again.',
  'errors.invalid-credentials': 'The email address or password is not correct.',
  'errors.too-many-attempts': 'Too many attempts. Wait a few minutes before trying again.',
  'errors.unexpected': 'Something went wrong. Try again; if it happens again, contact the Secretariat.',
  'errors.notFound': 'This page does not exist.',
  'errors.forbidden': 'This page is not available for your role.',
  'errors.title': 'Error {status}',
  'errors.backHome': 'Go to the home page',

  'update.available': 'Update available: a new version of the app is ready.',
  'update.reload': 'Reload',
  'update.later': 'Later',
  'update.offlineReady': 'The app is ready to work offline.',
  'update.close': 'Close',

  'search.title': 'Search',
  'states.title': 'States and organisations',
  'assistance.title': 'Technical assistance table',
  'events.title': 'Events',

  'dashboard.title': 'Dashboard',
  'dashboard.signedInAs': 'Signed in as {email}',
  'dashboard.role': 'Role: {role}',
  'dashboard.entity': 'Reporting entity: {entity}',
  'dashboard.offline': 'You are offline. The workspace keeps working on this device.',
  'drafts.title': 'Drafts',
  'drafts.intro': 'Submissions being prepared on this device and by colleagues of your entity.',
  'drafts.count': { one: '{count} draft', other: '{count} drafts' },
  'requests.title': 'Requests for information',
  'requests.intro': 'Requests from the Secretariat, with their deadlines and the categories of information they ask for.',
  'inbox.title': 'Inbox',
  'inbox.intro': 'Submissions transmitted to the Secretariat, to acknowledge, review and publish.',
  'monitoring.title': 'Monitoring',
  'monitoring.intro': 'Status of ratifications, implementing legislation and obstacles met by States, and response rates.',
  'settings.title': 'Settings',
  'settings.intro': 'Preferences for this device.',
  'settings.languageHelp': 'The language of the app on this device. Submissions keep the language they were written in.',
  // The shell's sign-out dialog opens on any page: its strings are core too.
  ...deviceEn,
  // An error can appear on any page: the words for the server's error codes are core too.
  ...errorsEn,
} as const satisfies Readonly<Record<string, Message>>;

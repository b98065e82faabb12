import type { Message } from '../types.ts';

/**
 * English strings of the Secretariat's and the Bureau's daily work: the workspace menu on phones, the
 * dashboard's work list, the inbox filters, version comparison, publication confirmation and the
 * notes that say how pages stay current. Loaded with every workspace page (route-features.ts) because
 * the menu needs them; add keys here first, then to desk.fr.ts.
 */
export const deskEn = {
  'desk.menu': 'Workspace menu',

  'desk.work.title': 'Work to do',
  'desk.work.pending': 'Waiting for review',
  'desk.work.pendingNone': 'Nothing waits for review.',
  'desk.work.returned': 'Returned, waiting for the entity',
  'desk.work.returnedNone': 'No submission is waiting for a correction.',
  'desk.work.overdue': 'Overdue requests',
  'desk.work.overdueNone': 'No open request is past its deadline with answers missing.',
  'desk.work.dueSoon': 'Deadlines within 14 days',
  'desk.work.dueSoonNone': 'No open request has its deadline within 14 days.',
  'desk.work.published': 'Latest publications',
  'desk.work.publishedNone': 'Nothing has been published yet.',
  'desk.work.waitingSince': 'transmitted {date}',
  'desk.work.returnedSince': 'returned, first transmitted {date}',
  'desk.work.daysLate': { one: '{count} day late', other: '{count} days late' },
  'desk.work.daysLeft': { zero: 'due today', one: 'due in {count} day', other: 'due in {count} days' },
  'desk.work.answers': '{responded} of {addressed} answered',
  'desk.work.answersUnknown': 'answers not known offline',
  'desk.work.publishedOn': 'published {date}',
  'desk.work.seeAll': { one: 'See it in the inbox', other: 'See all {count} in the inbox' },
  'desk.work.track': 'Tracking',
  'desk.work.more': { one: 'and {count} more', other: 'and {count} more' },
  'desk.work.links': 'Go to',
  'desk.work.loadFailed': 'The requests’ figures could not be read: {message}',

  'desk.fresh.auto': 'Read from this device and brought up to date by sync about every {seconds} seconds while online: a new transmission or a return appears here without reloading.',
  'desk.fresh.last': 'Last synced at {time}.',
  'desk.fresh.never': 'Not synced yet on this device.',

  'desk.inbox.status': 'Status',
  'desk.inbox.pending': 'Waiting for review',
  'desk.inbox.request': 'Request',
  'desk.inbox.from': 'Transmitted from',
  'desk.inbox.to': 'Transmitted until',
  'desk.inbox.clear': 'Clear the filters',
  'desk.inbox.shown': { one: '{count} of {total} submission shown', other: '{count} of {total} submissions shown' },

  'desk.pager.previous': 'Previous page',
  'desk.pager.next': 'Next page',
  'desk.pager.rows': 'Rows {first}–{last} of {total}',
  'desk.pager.label': 'Pages of the addressees',
} as const satisfies Readonly<Record<string, Message>>;

import type { Role } from '@clearinghouse/shared';
// Relative, not $lib: the end-to-end tests import this file to know who may open each page.
import type { MessageKey } from './i18n/types.ts';

export interface NavItem {
  readonly href: string;
  readonly label: MessageKey;
  /** Only these roles see the item and may open the page; absent: every signed-in user. */
  readonly roles?: readonly Role[];
  /**
   * The page tells other roles itself what it is for (drafting says who drafts), so the workspace
   * layout lets them in rather than showing its "not available for your role" page.
   */
  readonly explainsItself?: true;
}

export const PUBLIC_NAV: readonly NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/search', label: 'nav.search' },
  { href: '/states', label: 'nav.states' },
  { href: '/assistance', label: 'nav.assistance' },
  { href: '/events', label: 'nav.events' },
];

export const WORKSPACE_NAV: readonly NavItem[] = [
  { href: '/app', label: 'nav.dashboard' },
  // Drafting is the focal points' work: the Secretariat and the Bureau only read what is sent.
  { href: '/app/drafts', label: 'nav.drafts', roles: ['focal_point'], explainsItself: true },
  { href: '/app/requests', label: 'nav.requests' },
  { href: '/app/inbox', label: 'nav.inbox', roles: ['secretariat'] },
  { href: '/app/receive', label: 'nav.receive', roles: ['secretariat'] },
  { href: '/app/monitoring', label: 'nav.monitoring', roles: ['bureau', 'secretariat'] },
  { href: '/app/treaty', label: 'nav.treaty', roles: ['secretariat'] },
  { href: '/app/exchanges', label: 'nav.exchanges', roles: ['secretariat'] },
  // The report compiles only published information, which the Bureau reads too.
  { href: '/app/report', label: 'nav.report', roles: ['secretariat', 'bureau'] },
  { href: '/app/accounts', label: 'nav.accounts', roles: ['secretariat'] },
  { href: '/app/audit', label: 'nav.audit', roles: ['secretariat'] },
  { href: '/app/settings', label: 'nav.settings' },
];

/**
 * Pages with a role rule that have no entry of their own in the navigation; `*` stands for one path
 * segment (a record's id).
 */
const UNLISTED_SECTIONS: readonly NavItem[] = [
  { href: '/app/review', label: 'nav.inbox', roles: ['secretariat'] },
  { href: '/app/requests/new', label: 'nav.requests', roles: ['secretariat'] },
  // A request's tracking is the Secretariat's and the Bureau's; its reminder only the Secretariat sends.
  { href: '/app/requests/*/tracking', label: 'nav.requests', roles: ['secretariat', 'bureau'] },
  { href: '/app/requests/*/reminder', label: 'nav.requests', roles: ['secretariat'] },
];

export const isAllowed = (item: NavItem, role: Role): boolean => !item.roles || item.roles.includes(role);

export const workspaceNavFor = (role: Role): NavItem[] => WORKSPACE_NAV.filter((item) => isAllowed(item, role));

/** Whether section `href` contains `pathname`, `*` matching any one segment. */
function contains(href: string, pathname: string): boolean {
  const want = href.split('/');
  const have = pathname.split('/');
  return want.length <= have.length && want.every((segment, i) => segment === '*' || segment === have[i]);
}

/** The rule of the most specific section containing `pathname` (/app/inbox/x follows /app/inbox). */
const sectionOf = (pathname: string): NavItem | undefined =>
  [...WORKSPACE_NAV, ...UNLISTED_SECTIONS]
    .filter((c) => c.href !== '/app' && contains(c.href, pathname))
    .sort((a, b) => b.href.split('/').length - a.href.split('/').length)[0];

/** Whether `role` may open the workspace page at `pathname`; pages under no rule are open to all. */
export function mayOpen(pathname: string, role: Role): boolean {
  const section = sectionOf(pathname);
  return !section || isAllowed(section, role);
}

/**
 * Whether the workspace layout turns `role` away from `pathname` with its "not available for your
 * role" page: the one guard of every workspace page (the server refuses the data anyway; this gives
 * the person a clear page instead of errors).
 */
export function refusedPage(pathname: string, role: Role): boolean {
  return !mayOpen(pathname, role) && !sectionOf(pathname)?.explainsItself;
}

/** Whether `href` is the current page, or a section containing it ('/' and '/app' match exactly). */
export function isCurrent(href: string, pathname: string): boolean {
  if (href === '/' || href === '/app') return pathname === href;
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * A `next` parameter is followed only to a path of this app: never to another origin. The check is the
 * URL parser's own verdict (the one the browser navigates by), so tricks it undoes, such as a tab or a
 * newline between the slashes (`/%09/evil.example`) or a backslash, cannot turn a path into a host.
 */
export function safeNext(next: string | null, fallback = '/app'): string {
  if (!next || !next.startsWith('/')) return fallback;
  const base = 'https://app.invalid';
  let target: URL;
  try {
    target = new URL(next, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  return path.startsWith('//') ? fallback : path;
}

export const signInPath = (next: string): string => `/signin?next=${encodeURIComponent(next)}`;

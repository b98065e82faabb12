import { describe, expect, it } from 'vitest';
import type { Role } from '@clearinghouse/shared';
import { isCurrent, mayOpen, refusedPage, safeNext, workspaceNavFor } from './navigation.ts';

describe('workspace navigation', () => {
  it('shows the inbox to the Secretariat only and monitoring to the Bureau and Secretariat', () => {
    const hrefs = (role: Parameters<typeof workspaceNavFor>[0]) => workspaceNavFor(role).map((item) => item.href);
    expect(hrefs('focal_point')).not.toContain('/app/inbox');
    expect(hrefs('focal_point')).not.toContain('/app/monitoring');
    expect(hrefs('bureau')).toContain('/app/monitoring');
    expect(hrefs('bureau')).not.toContain('/app/inbox');
    expect(hrefs('secretariat')).toEqual(expect.arrayContaining(['/app/inbox', '/app/monitoring']));
    expect(mayOpen('/app/inbox', 'focal_point')).toBe(false);
    expect(mayOpen('/app/drafts', 'bureau')).toBe(false);
  });

  it('shows each role only what it can use', () => {
    const hrefs = (role: Parameters<typeof workspaceNavFor>[0]) => workspaceNavFor(role).map((item) => item.href);
    expect(hrefs('secretariat')).not.toContain('/app/drafts');
    expect(hrefs('bureau')).not.toContain('/app/drafts');
    expect(hrefs('focal_point')).toContain('/app/drafts');
    expect(hrefs('bureau')).toContain('/app/report');
    expect(mayOpen('/app/report', 'bureau')).toBe(true);
    expect(mayOpen('/app/report', 'focal_point')).toBe(false);
    expect(mayOpen('/app/drafts/abc', 'secretariat')).toBe(false);
  });

  it('applies the rule of a section to the pages inside it', () => {
    expect(mayOpen('/app/inbox/entities/BEN', 'focal_point')).toBe(false);
    expect(mayOpen('/app/review/123', 'bureau')).toBe(false);
    expect(mayOpen('/app/review/123', 'secretariat')).toBe(true);
    expect(mayOpen('/app/requests/new', 'focal_point')).toBe(false);
    expect(mayOpen('/app/requests', 'focal_point')).toBe(true);
    expect(mayOpen('/app/requests/abc/tracking', 'bureau')).toBe(true);
    expect(workspaceNavFor('bureau').map((i) => i.href)).not.toContain('/app/accounts');
  });

  it('turns each role away from exactly the pages it may not open, wherever they sit', () => {
    // The pages a role is refused, by the workspace layout's one guard.
    const paths = [
      '/app',
      '/app/settings',
      '/app/sync',
      '/app/conflicts',
      '/app/requests',
      '/app/requests/0190a',
      '/app/requests/new',
      '/app/requests/0190a/tracking',
      '/app/requests/0190a/reminder',
      '/app/inbox',
      '/app/inbox/entities/BEN',
      '/app/review/0190a',
      '/app/receive',
      '/app/monitoring',
      '/app/treaty',
      '/app/exchanges',
      '/app/report',
      '/app/accounts',
      '/app/audit',
      '/app/drafts',
      '/app/drafts/0190a',
    ];
    const refused = (role: Role) => paths.filter((path) => refusedPage(path, role));
    const secretariatOnly = ['/app/inbox', '/app/inbox/entities/BEN', '/app/review/0190a', '/app/receive', '/app/treaty'];
    const secretariatOnlyToo = ['/app/exchanges', '/app/accounts', '/app/audit'];
    expect(refused('secretariat')).toEqual([]);
    expect(refused('bureau')).toEqual(
      ['/app/requests/new', '/app/requests/0190a/reminder', ...secretariatOnly, ...secretariatOnlyToo].sort(
        (a, b) => paths.indexOf(a) - paths.indexOf(b),
      ),
    );
    expect(refused('focal_point')).toEqual(
      [
        '/app/requests/new',
        '/app/requests/0190a/tracking',
        '/app/requests/0190a/reminder',
        ...secretariatOnly,
        '/app/monitoring',
        '/app/exchanges',
        '/app/report',
        '/app/accounts',
        '/app/audit',
      ].sort((a, b) => paths.indexOf(a) - paths.indexOf(b)),
    );
    // Drafting is the focal points' (no menu item for others), but its page tells them so itself.
    expect(mayOpen('/app/drafts/0190a', 'bureau')).toBe(false);
    expect(refusedPage('/app/drafts/0190a', 'bureau')).toBe(false);
    // A segment pattern stands for one segment only, and a look-alike prefix is another section.
    expect(refusedPage('/app/requests/tracking', 'focal_point')).toBe(false);
    expect(refusedPage('/app/inboxes', 'focal_point')).toBe(false);
  });

  it('marks the current section', () => {
    expect(isCurrent('/', '/search')).toBe(false);
    expect(isCurrent('/app', '/app/drafts')).toBe(false);
    expect(isCurrent('/app/drafts', '/app/drafts/123')).toBe(true);
  });

  it('follows `next` only within the app', () => {
    expect(safeNext('/app/drafts?x=1')).toBe('/app/drafts?x=1');
    expect(safeNext('https://evil.example')).toBe('/app');
    expect(safeNext('//evil.example')).toBe('/app');
    expect(safeNext('/\\evil.example')).toBe('/app');
    expect(safeNext(null)).toBe('/app');
    // The URL parser drops tabs and newlines and reads a backslash as a slash: each of these is a host.
    expect(safeNext('/\t/evil.example/x')).toBe('/app');
    expect(safeNext('/\n/evil.example/x')).toBe('/app');
    expect(safeNext('/\\/evil.example')).toBe('/app');
    expect(safeNext('/\t\\evil.example')).toBe('/app');
    expect(safeNext('/app/../app/drafts')).toBe('/app/drafts');
  });
});

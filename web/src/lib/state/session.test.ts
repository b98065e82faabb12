import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const USER = { id: '0190a6d2-5b3c-7d4e-8f90-123456789abc', email: 'fp@example.org', role: 'focal_point', entityId: 'NLD' };

class MemoryStorage {
  values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, String(value));
  removeItem = (key: string) => void this.values.delete(key);
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
let storage: MemoryStorage;

beforeEach(() => {
  vi.resetModules(); // each test starts from what is in storage, like a fresh page load
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

const loadSession = () => import('./session.svelte.ts');

describe('session', () => {
  it('keeps the cached user when the server cannot be reached (offline-first)', async () => {
    storage.setItem('clearinghouse.session.user', JSON.stringify(USER));
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const { session, refreshSession } = await loadSession();
    expect(session.user?.email).toBe(USER.email);
    await refreshSession();
    expect(session.user?.email).toBe(USER.email);
    expect(session.confirmed).toBe(false);
  });

  it('forgets the user when the server answers 401', async () => {
    storage.setItem('clearinghouse.session.user', JSON.stringify(USER));
    vi.stubGlobal('fetch', async () => json(401, { error: { code: 'not-signed-in', message: 'Sign in.' } }));
    const { session, refreshSession } = await loadSession();
    await refreshSession();
    expect(session.user).toBeNull();
    expect(storage.getItem('clearinghouse.session.user')).toBeNull();
  });

  it('caches the user after signing in', async () => {
    vi.stubGlobal('fetch', async () => json(200, { user: USER }));
    const { session, signIn } = await loadSession();
    await signIn('fp@example.org', 'secret');
    expect(session.user).toEqual(USER);
    expect(JSON.parse(storage.getItem('clearinghouse.session.user')!)).toEqual(USER);
  });

  it('signs out locally at once and tells the server on the next refresh when offline', async () => {
    storage.setItem('clearinghouse.session.user', JSON.stringify(USER));
    const calls: string[] = [];
    let online = false;
    vi.stubGlobal('fetch', async (url: string) => {
      calls.push(url);
      if (!online) throw new TypeError('Failed to fetch');
      return url === '/api/auth/logout'
        ? new Response(null, { status: 204 })
        : json(401, { error: { code: 'not-signed-in', message: 'x' } });
    });
    const { session, signOut, refreshSession } = await loadSession();
    expect(await signOut()).toBe(false);
    expect(session.user).toBeNull();
    online = true;
    await refreshSession();
    expect(calls).toEqual(['/api/auth/logout', '/api/auth/logout', '/api/auth/me']);
  });

  it('remembers that the server must be told before it starts removing the data (a reload meanwhile loses nothing)', async () => {
    storage.setItem('clearinghouse.session.user', JSON.stringify(USER));
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const markerWhenWiping: (string | null)[] = [];
    vi.doMock('../device/wipe.ts', () => ({
      wipeLocalData: async () => void markerWhenWiping.push(storage.getItem('clearinghouse.session.logout-pending')),
    }));
    const { signOut } = await loadSession();
    // The page may be reloaded or closed while the database is being deleted: the marker is there first.
    expect(await signOut()).toBe(false);
    expect(markerWhenWiping).toEqual(['1']);
    expect(storage.getItem('clearinghouse.session.logout-pending')).toBe('1');
    vi.doUnmock('../device/wipe.ts');
  });

  it('changes nothing when the wiping code cannot be fetched (offline, page not under the service worker): sign-out can be tried again', async () => {
    storage.setItem('clearinghouse.session.user', JSON.stringify(USER));
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.doMock('../device/wipe.ts', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { session, signOut } = await loadSession();
    await expect(signOut()).rejects.toThrow();
    expect(session.user?.email).toBe(USER.email);
    expect(storage.getItem('clearinghouse.session.user')).not.toBeNull();
    expect(storage.getItem('clearinghouse.session.logout-pending')).toBeNull();
    vi.doUnmock('../device/wipe.ts');
  });

  it('does not ask the server about an anonymous visitor on start', async () => {
    const fetch = vi.fn(async () => json(401, {}));
    vi.stubGlobal('fetch', fetch);
    const { revalidateSession } = await loadSession();
    expect(await revalidateSession()).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('ignores a malformed cached user', async () => {
    storage.setItem('clearinghouse.session.user', '{"id":1}');
    const { session } = await loadSession();
    expect(session.user).toBeNull();
  });
});

/**
 * Who is signed in. The last user the server confirmed is cached in localStorage so the workspace
 * opens offline: only a 401 from the server while online signs the user out, never a failed request.
 * The cookie is HttpOnly; this cache is a convenience for the UI, not a credential.
 */
import { api, ApiError, NetworkError } from '$lib/api/client.ts';
import { loadDb } from '$lib/db/lazy.ts';
import { readDeviceFacts } from '$lib/device/facts.ts';
import { setDeviceNotice } from '$lib/device/notice.svelte.ts';
import { planDisabledAccount } from '$lib/device/plan.ts';
import type { WipeMode } from '$lib/device/wipe.ts';
import { parseMeAnswer, parseSessionUser, type SessionUser } from './session-user.ts';

export type { SessionUser };

export const SESSION_USER_KEY = 'clearinghouse.session.user';
/** Set when sign-out could not reach the server: the cookie is still valid there until we retry. */
const LOGOUT_PENDING_KEY = 'clearinghouse.session.logout-pending';

let user = $state<SessionUser | null>(parseSessionUser(readJson(SESSION_USER_KEY)));
let confirmed = $state(false);
let refreshing: Promise<SessionUser | null> | null = null;

export const session = {
  /** The known user: confirmed by the server, or cached from an earlier visit. */
  get user(): SessionUser | null {
    return user;
  },
  /** True once the server has confirmed the user during this page's life. */
  get confirmed(): boolean {
    return confirmed;
  },
};

/** Asks the server who is signed in. Keeps the cached user when the server cannot be reached. */
export function refreshSession(): Promise<SessionUser | null> {
  refreshing ??= doRefresh().finally(() => (refreshing = null));
  return refreshing;
}

async function doRefresh(): Promise<SessionUser | null> {
  try {
    if (storageGet(LOGOUT_PENDING_KEY)) {
      await api.post('/api/auth/logout');
      storageRemove(LOGOUT_PENDING_KEY);
    }
    const known = parseMeAnswer(await api.get<unknown>('/api/auth/me'));
    setUser(known);
    confirmed = known !== null;
    return known;
  } catch (error) {
    if (isAccountDisabled(error)) {
      await endDisabledAccount();
      return null;
    }
    if (error instanceof ApiError && error.status === 401) {
      storageRemove(LOGOUT_PENDING_KEY);
      setUser(null);
      return null;
    }
    if (!(error instanceof NetworkError) && !(error instanceof ApiError)) throw error;
    return user; // offline or server trouble: stay signed in on this device
  }
}

/**
 * Re-checks the session on app start and reconnection when there is something to check: a cached
 * user, or a sign-out the server has not heard of. Anonymous visitors cost the API nothing.
 */
export function revalidateSession(): Promise<SessionUser | null> {
  if (!user && !storageGet(LOGOUT_PENDING_KEY)) return Promise.resolve(null);
  return refreshSession();
}

/** Signs in; throws ApiError (401 invalid-credentials, 429 too-many-attempts) or NetworkError. */
export async function signIn(email: string, password: string): Promise<SessionUser> {
  const body = await api.post<{ user?: unknown }>('/api/auth/login', { email, password });
  const known = parseSessionUser(body?.user);
  if (!known) throw new ApiError(200, 'malformed-response', 'The server did not describe the signed-in user.');
  storageRemove(LOGOUT_PENDING_KEY);
  setDeviceNotice(null);
  setUser(known);
  confirmed = true;
  return known;
}

/** The wiping code is fetched when it is used (as the database is), not with every page's first load. */
const loadWipe = () => import('$lib/device/wipe.ts').then((m) => m.wipeLocalData);

/**
 * Signs out on this device at once, then tells the server. Offline, the server is told on the next
 * refresh. `device` says what happens to the local data (device/plan.ts decides it; AccountControls asks
 * the user first when changes are not sent yet): `wipe` deletes the database, `keep-database` keeps it
 * locked to this user; every non-public cache goes in both cases. Resolves to whether the server has
 * been told.
 */
export async function signOut(device: WipeMode = 'wipe'): Promise<boolean> {
  // The wiping code and the database before anything changes: if they cannot be fetched (a page the
  // service worker does not control, offline), sign-out fails as it was and can be tried again, rather
  // than showing a signed-out device that still holds the user's data.
  const [wipeLocalData, db] = await Promise.all([loadWipe(), loadDb()]);
  // Before the wipe: a reload or a closed tab while the data is being removed must still tell the
  // server at the next refresh, or the session cookie would sign this device back in.
  storageSet(LOGOUT_PENDING_KEY, '1');
  setUser(null);
  confirmed = false;
  // Local data first: a slow or hanging connection must not keep it on the device.
  await wipeLocalData({ mode: device, db });
  try {
    await api.post('/api/auth/logout');
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) return false; // 401: already signed out there
  }
  storageRemove(LOGOUT_PENDING_KEY);
  return true;
}

export const isAccountDisabled = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401 && error.code === 'account-disabled';

let ending: Promise<void> | null = null;

/**
 * The server says this account was deactivated (`401 account-disabled`, from any request: the session
 * check or a sync cycle): forget the user, remove its entity's data from the device (unsent changes
 * included: the account can never send them; only another account's unsent work is kept), and leave
 * /signin a notice that explains it.
 */
export function endDisabledAccount(): Promise<void> {
  ending ??= (async () => {
    const who = user?.id ?? null;
    // Asked for before the user is forgotten (as in signOut); the account ends even if this fails.
    const loading = Promise.all([loadWipe(), loadDb()]);
    loading.catch(() => {}); // awaited below; a failure is reported there
    setDeviceNotice('account-disabled');
    storageRemove(LOGOUT_PENDING_KEY); // the server has ended every session of the account
    setUser(null);
    confirmed = false;
    const [wipeLocalData, db] = await loading;
    await wipeLocalData({ mode: planDisabledAccount(await readDeviceFacts(db), who), db });
  })().finally(() => (ending = null));
  return ending;
}

/** Follows sign-in and sign-out done in other tabs of the app; returns the cleanup. */
export function watchSessionAcrossTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === SESSION_USER_KEY || event.key === null) {
      user = parseSessionUser(readJson(SESSION_USER_KEY));
    }
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

function setUser(next: SessionUser | null): void {
  user = next;
  if (next) storageSet(SESSION_USER_KEY, JSON.stringify(next));
  else storageRemove(SESSION_USER_KEY);
}

function readJson(key: string): unknown {
  const text = storageGet(key);
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

// localStorage may be missing (tests, workers) or refuse access (privacy settings): never fatal.
function storageGet(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
function storageSet(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* the session still holds for this page */
  }
}
function storageRemove(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    /* nothing to do */
  }
}

import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE, sessionService } from '../services/sessions.ts';
import type { AppEnv, Deps } from './env.ts';
import { isHttps } from './origin.ts';

/** Opens a session for the user and sets its cookie: HttpOnly, SameSite=Lax, Secure under HTTPS. */
export async function startSession(c: Context<AppEnv>, deps: Deps, userId: string) {
  const token = await sessionService(deps.db, deps.now).create(userId, c.req.header('user-agent') ?? null);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, deps.config),
    path: '/',
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

export function clearSessionCookie(c: Context<AppEnv>, deps: Deps) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c, deps.config) });
}

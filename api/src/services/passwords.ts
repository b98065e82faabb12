import { hash, verify } from '@node-rs/argon2';
import commonPasswords from 'fxa-common-password-list';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. `2` is Algorithm.Argon2id (a const enum the
// isolated-modules build cannot import).
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Why a password is refused, as a sentence for a person; null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (commonPasswords.test(password) || commonPasswords.test(lower)) {
    return 'This password is on a list of commonly used passwords; choose another.';
  }
  if (/^(.)\1+$/.test(password)) return 'A password of one repeated character is too easy to guess.';
  if (email && lower.includes(email.toLowerCase().split('@')[0] ?? '\u0000') && lower.length < 20) {
    return 'Do not build the password from your email address.';
  }
  return null;
}

export const hashPassword = (password: string) => hash(password, ARGON2ID);

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  // Without a stored hash we still spend the same time, so timing does not reveal which accounts exist.
  const target = storedHash ?? DUMMY_HASH;
  try {
    const ok = await verify(target, password);
    return ok && storedHash !== null;
  } catch {
    return false;
  }
}

const DUMMY_HASH = await hash('dummy-password-for-timing', ARGON2ID);

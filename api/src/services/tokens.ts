import { createHash, randomBytes } from 'node:crypto';

/** 128 random bits, URL-safe: session tokens, setup links, invitations. */
export const newToken = () => randomBytes(16).toString('base64url');

/** Tokens are stored only as hashes: a copied database does not hand out sessions. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

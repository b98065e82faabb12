import type { Message } from '../types.ts';

/** English strings of the Secretariat's features (first setup, workspace), merged into en.ts. */
export const secretariatEn = {
  'setup.title': 'Create the first Secretariat account',
  'setup.intro': 'This one-time link creates the account that manages the clearinghouse. Choose a strong password: at least 12 characters, not a common one.',
  'setup.email': 'Email address',
  'setup.password': 'Password',
  'setup.passwordHelp': 'At least 12 characters. A passphrase of several words is easiest to remember.',
  'setup.confirm': 'Repeat the password',
  'setup.mismatch': 'The two passwords are not the same.',
  'setup.submit': 'Create the account',
  'setup.submitting': 'Creating…',
  'setup.noToken': 'This page needs the one-time link printed by the server when it started. Open that link exactly as printed.',
  'setup.invalid': 'This setup link is not valid any more (it was used, or it expired after 24 hours). Restart the server to print a new one.',
  'setup.done': 'The first Secretariat account already exists. Sign in instead.',
  'setup.signin': 'Go to sign-in',
} as const satisfies Readonly<Record<string, Message>>;

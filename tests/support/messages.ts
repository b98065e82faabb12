import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { repoRoot } from './server.ts';

let keys: string[] | undefined;

/** Every message key of the web app, read from its English dictionaries (the core and every feature). */
export function messageKeys(): string[] {
  if (keys) return keys;
  const dir = join(repoRoot, 'web/src/lib/i18n');
  const files = [
    join(dir, 'en.ts'),
    ...readdirSync(join(dir, 'features'))
      .filter((f) => f.endsWith('.en.ts'))
      .map((f) => join(dir, 'features', f)),
  ];
  keys = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^ {2}'([a-zA-Z][\w.-]*)':/gm)].map((m) => m[1]!));
  return keys;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** No message key is shown as such: every string the page shows had its dictionary loaded. */
export async function expectNoRawMessageKeys(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  const shown = messageKeys().filter((key) => new RegExp(`(?<![\\w.@-])${escape(key)}(?![\\w-]|\\.\\w)`).test(text));
  expect(shown, `raw message keys on ${page.url()}`).toEqual([]);
}

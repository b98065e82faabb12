/**
 * A new service worker version while a focal point is writing, in a real Chromium with the real
 * service worker: a new version arriving while editing prompts, and loses nothing.
 *
 * The test's own server serves its own copy of web/build. A new release is made by changing the bytes
 * of that copy's sw.js (a listener that answers with a build tag is appended) and restarting the server,
 * which reads the build at start. The page must then show the update prompt without reloading itself,
 * keep what is being typed, and only reload when the user accepts; after the reload the new worker
 * controls the page and the draft holds every character, including those typed after the prompt and
 * not yet autosaved when "Reload" was clicked.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, pageModels, test } from '../fixtures.ts';
import { DraftEditorPage } from '../page-models/DraftEditorPage.ts';
import { DraftsListPage } from '../page-models/DraftsListPage.ts';
import { readRunState } from '../support/run-state.ts';
import { waitForServiceWorkerControl } from '../support/offline.ts';

/** The build tag the controlling worker answers with: the original worker has no such listener. */
async function controllerBuildTag(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return resolve('(no controller)');
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        controller.postMessage({ type: 'E2E_BUILD_TAG' }, [channel.port2]);
        setTimeout(() => resolve('(no answer: the old worker)'), 5_000); // only ever reached on failure
      }),
  );
}

/**
 * Holds `items` with a read-write transaction kept alive by a chain of reads of the item (each records
 * the stored description) until `window.__holdItems` is set false: the page's own writes wait meanwhile.
 */
async function holdItems(page: Page, id: string): Promise<void> {
  await page.evaluate(
    (itemId) =>
      new Promise<void>((started, failed) => {
        const open = indexedDB.open('clearinghouse');
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const w = window as unknown as { __holdItems?: boolean; __heldDescription?: unknown };
          const store = open.result.transaction('items', 'readwrite').objectStore('items');
          w.__holdItems = true;
          const read = () => {
            const request = store.get(itemId);
            request.onsuccess = () => {
              w.__heldDescription = (request.result as Record<string, unknown> | undefined)?.description;
              if (w.__holdItems) read();
              else open.result.close();
            };
          };
          read();
          started();
        };
      }),
    id,
  );
}

/** The description as the holding transaction last read it. */
async function heldDescription(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __heldDescription?: unknown }).__heldDescription);
}

/** The item's row as IndexedDB holds it (what a reload will show). */
async function storedItem(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async (itemId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clearinghouse');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const request = db.transaction('items').objectStore('items').get(itemId);
        request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, id);
}

test.describe('service worker update', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const visit of ['later', 'first'] as const) {
    test(`${visit} visit: a new version while editing prompts, never reloads by itself, and loses nothing`, async ({ servers, a11y }) => {
      // Our own copy of the build: the repo's web/build and the shared server's copy stay untouched.
      const webDir = join(mkdtempSync(join(tmpdir(), 'clearinghouse-e2e-web-')), 'build');
      cpSync(readRunState().server.webDir, webDir, { recursive: true });
      try {
        const { server, accounts, page } = await servers.start({ webDir, seed: ['focalPointBen'] });
        const ui = pageModels(page);
        // Anything that reloads the page (ours or the browser's) wipes this marker.
        const setMarker = () => page.evaluate(() => ((window as unknown as { __e2eMarker: string }).__e2eMarker = 'still here'));
        const marker = () => page.evaluate(() => (window as unknown as { __e2eMarker?: string }).__e2eMarker);
        await ui.signIn.goto();
        // A new browser profile: no worker yet, this document registers the first one.
        expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
        await setMarker();
        await ui.signIn.signInAs(accounts.focalPointBen);
        await ui.workspace.expectLoaded(accounts.focalPointBen.email);
        await waitForServiceWorkerControl(page);

        if (visit === 'later') {
          // A document loaded under the worker, as on any visit after the first.
          await new DraftsListPage(page).goto();
          await setMarker();
        } else {
          // Still the document of the first visit (the worker was installed from it and claimed it
          // later): pwa.svelte.ts reloads on controllerchange itself because vite-pwa would not here.
          await ui.workspace.navLink(/drafts/i).click();
          await expect(new DraftsListPage(page).heading).toBeVisible();
          expect(await marker()).toBe('still here');
        }
        expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
        await new DraftsListPage(page).create(`Update ${Date.now()}`);
        const editor = new DraftEditorPage(page);
        await editor.expectLoaded();
        const card = await editor.addElement('legislation');
        const itemId = await card.getAttribute('data-item-id');
        expect(itemId).toBeTruthy();
        const description = editor.field(card, 'Description');

        const first = 'Typed before the release. ';
        await description.click();
        await page.keyboard.type(first);
        await editor.expectSaved();
        const second = 'Typed while the release arrives. ';
        await page.keyboard.type(second); // not awaited to disk: the update must not disturb it
        const draftUrl = page.url();
        expect(await marker()).toBe('still here');
        const oldScript = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL);
        expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();

        // The release: new bytes in sw.js of the served copy; the server reads its files at start.
        const tag = `e2e-${randomBytes(4).toString('hex')}`;
        appendFileSync(
          join(webDir, 'sw.js'),
          `\n;self.addEventListener('message',(e)=>{if(e.data&&e.data.type==='E2E_BUILD_TAG'&&e.ports[0])e.ports[0].postMessage(${JSON.stringify(tag)})});\n`,
        );
        await server.restart();
        expect(await (await page.request.get('/sw.js')).text()).toContain(tag);

        // The app looks for updates hourly and on navigation; ask now, as that timer would.
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration?.update();
        });

        const prompt = page.getByRole('status').filter({ hasText: 'Update available' });
        await expect(prompt).toBeVisible({ timeout: 20_000 });
        await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();
        await a11y(page); // the prompt open: its text, buttons and contrast
        await expect
          .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null))
          .toBe('installed');

        // Nothing reloaded: same document, same URL, the text as typed, the old worker still in control.
        expect(await marker()).toBe('still here');
        expect(page.url()).toBe(draftUrl);
        await expect(description).toHaveValue(first + second);
        await expect(description).toBeFocused();
        await editor.expectSaved();
        expect((await storedItem(page, itemId!))?.description).toBe(first + second);
        await a11y(page); // the editor with the update prompt on top of it

        // Keep typing with the prompt on screen, then accept while the last characters are certainly
        // still in memory: the autosave writes at once (no timer to pause), so the database is held by
        // a read-write transaction over `items` that the test keeps alive, and let go only once Reload
        // is clicked. The update waits for the autosave's flush, which waits for the database.
        await holdItems(page, itemId!);
        const third = 'Typed after the prompt, just before Reload.';
        await page.keyboard.type(third);
        expect(await marker()).toBe('still here');
        await expect(editor.saveStatus).toHaveAttribute('data-state', 'saving');
        expect(await heldDescription(page)).toBe(first + second);

        const reloaded = page.waitForEvent('load');
        await prompt.getByRole('button', { name: 'Reload' }).click();
        await page.evaluate(() => ((window as unknown as { __holdItems?: boolean }).__holdItems = false));
        await reloaded;

        // A new document, under the new worker, on the same draft, with everything typed.
        await expect(page).toHaveURL(draftUrl);
        expect(await marker()).toBeUndefined();
        expect(await controllerBuildTag(page)).toBe(tag);
        expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL)).toBe(oldScript);
        expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();

        const after = new DraftEditorPage(page);
        await after.expectLoaded();
        const cardAfter = await after.open(after.section('legislation').locator(`article[data-item-id="${itemId}"]`));
        await expect(after.field(cardAfter, 'Description')).toHaveValue(first + second + third);
        expect((await storedItem(page, itemId!))?.description).toBe(first + second + third);
        await expect(page.getByRole('status').filter({ hasText: 'Update available' })).toHaveCount(0);
      } finally {
        rmSync(join(webDir, '..'), { recursive: true, force: true });
      }
    });
  }
});

/**
 * Resolves when every stylesheet in the document has loaded (or after `limitMs`: a failed one never
 * loads). Vite loads a route's stylesheet once: when SvelteKit preloaded the route first (a link under
 * the pointer), the navigation itself no longer waits for it, and a fast route rendered unstyled for a
 * moment (the workspace menu's phone button beside its desktop links).
 */
export function stylesheetsReady(limitMs = 3_000): Promise<void> | undefined {
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((link) => !link.sheet);
  if (pending.length === 0) return undefined;
  const loaded = pending.map(
    (link) =>
      new Promise<void>((resolve) => {
        link.addEventListener('load', () => resolve(), { once: true });
        link.addEventListener('error', () => resolve(), { once: true });
      }),
  );
  return Promise.race([Promise.all(loaded).then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
}

/**
 * Moves focus to an element that a live query is about to render: after a write, the list re-renders
 * only once Dexie's liveQuery has seen the change, which is some frames later than the `await` that
 * made it. Gives up quietly after `timeoutMs` (the element may never come: the page was left).
 */
export function focusWhenShown(find: () => HTMLElement | null, timeoutMs = 3000): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const attempt = () => {
      const element = find();
      if (element) {
        element.focus();
        resolve(document.activeElement === element);
      } else if (performance.now() - started > timeoutMs) resolve(false);
      else requestAnimationFrame(attempt);
    };
    attempt();
  });
}

/**
 * A textarea as tall as its text, so a long narrative is read and edited in the page's own scroll rather
 * than through a six-line slot (on a phone, a 20,000-character text in six lines is unusable).
 * Browsers with CSS `field-sizing: content` do this themselves (the component's CSS asks for it);
 * elsewhere the height follows the text on input, on width changes, and when the value passed to the
 * action changes (text put there by the app, not typed: `use:autogrow={text}`).
 */
import type { Action } from 'svelte/action';

export const autogrow: Action<HTMLTextAreaElement, string | undefined> = (node) => {
  if (typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content')) return;
  const fit = () => {
    // Collapsing the box to measure it shortens the page for a moment: keep the reader where they were.
    const { scrollX, scrollY } = window;
    const style = getComputedStyle(node);
    const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    node.style.blockSize = 'auto';
    node.style.blockSize = `${Math.max(node.scrollHeight + borders, node.offsetHeight)}px`;
    window.scrollTo(scrollX, scrollY);
  };
  fit();
  node.addEventListener('input', fit);
  // Only a new width re-measures: the heights this sets must not trigger another round.
  let width = node.clientWidth;
  const resized =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (node.clientWidth === width) return;
          width = node.clientWidth;
          fit();
        });
  resized?.observe(node);
  return {
    update: fit,
    destroy() {
      node.removeEventListener('input', fit);
      resized?.disconnect();
    },
  };
};

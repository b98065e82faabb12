/**
 * Checks run inside the page (page.evaluate) on what a person sees: text that did not go through the
 * message catalogue, horizontal scroll, clipped text and text over other text. Used with the pseudo
 * language (web/src/lib/i18n/pseudo.ts), where every message is bracketed ⟦…⟧ and 40 % longer.
 */
import type { Page } from '@playwright/test';

export interface LayoutProblem {
  kind: 'untranslated' | 'horizontal-scroll' | 'clipped' | 'overlap';
  where: string;
  text: string;
}

export interface CheckOptions {
  /** Names that come from data, not from the catalogue (States, organisations): ignored. */
  dataNames: string[];
  /** Also look for text outside the markers (only meaningful with the pseudo language on). */
  markers: boolean;
}

/**
 * The rule for "untranslated": a text node (or a placeholder, aria-label, title or alt attribute)
 * whose words, once removed what lies between ⟦ and ⟧ and what is data, still hold two Latin letters
 * in a row. Data is: anything inside `[data-user-content]` (what people typed: titles, descriptions,
 * messages), inside `[translate="no"]` (language endonyms, document symbols), e-mail addresses, tokens
 * with a digit (numbers, dates, references such as ICC-ASP/9/SP/PA/21), the month and weekday names
 * and the AM/PM that Intl writes in dates, the Plan of Action's roman paragraph numbers "(iv)", and the
 * names in `dataNames`. A message may be split over several text
 * nodes by inline markup, so the walk keeps track of an open ⟦ across nodes.
 */
export function runLayoutChecks(page: Page, options: CheckOptions): Promise<LayoutProblem[]> {
  return page.evaluate(({ dataNames, markers }) => {
    const problems: LayoutProblem[] = [];
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        const id = e.id ? `#${e.id}` : '';
        const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/)[0]}` : '';
        parts.unshift(`${e.tagName.toLowerCase()}${id}${cls}`);
      }
      return parts.join(' > ');
    };
    const monthsAndDays = new Set<string>();
    for (let m = 0; m < 12; m++) {
      for (const month of ['long', 'short'] as const) {
        monthsAndDays.add(new Intl.DateTimeFormat('en', { month, timeZone: 'UTC' }).format(Date.UTC(2024, m, 1)).toLowerCase());
      }
    }
    for (let d = 0; d < 7; d++) {
      for (const weekday of ['long', 'short'] as const) {
        monthsAndDays.add(new Intl.DateTimeFormat('en', { weekday, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + d)).toLowerCase());
      }
    }
    monthsAndDays.add('am').add('pm');
    const names = [...dataNames].sort((a, b) => b.length - a.length);
    const withoutData = (text: string): string => {
      let rest = text;
      for (const name of names) rest = rest.split(name).join(' ');
      return rest
        .replace(/\S+@\S+/g, ' ')
        .split(/\s+/)
        .filter((token) => !/\d/.test(token) && !/^\([ivx]+\)$/.test(token) && !monthsAndDays.has(token.replace(/[.,]/g, '').toLowerCase()))
        .join(' ');
    };
    const isData = (el: Element | null) => !!el?.closest('[data-user-content], [translate="no"], script, style, noscript, template');
    const shown = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    // Text kept for screen readers only (the visually-hidden pattern: clipped to 1 px).
    const srOnly = (el: Element) => {
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.clipPath.startsWith('inset(50%') || (e.getBoundingClientRect().width <= 1 && style.overflow === 'hidden')) return true;
      }
      return false;
    };

    if (markers) {
      let open = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const el = node.parentElement;
        let outside = '';
        for (const c of node.data) {
          if (c === '⟦') open++;
          else if (c === '⟧') open = Math.max(0, open - 1);
          else if (open === 0) outside += c;
        }
        if (!el || isData(el) || !(shown(el) || srOnly(el))) continue;
        if (/[A-Za-z]{2,}/.test(withoutData(outside)))
          problems.push({ kind: 'untranslated', where: describe(el), text: node.data.trim().slice(0, 120) });
      }
      for (const el of Array.from(document.body.querySelectorAll('[placeholder], [aria-label], [title], img[alt]'))) {
        if (isData(el) || !shown(el)) continue;
        for (const attribute of ['placeholder', 'aria-label', 'title', 'alt']) {
          const value = el.getAttribute(attribute);
          if (!value) continue;
          const outside = value.replace(/⟦[^⟧]*⟧/g, ' ');
          if (/[A-Za-z]{2,}/.test(withoutData(outside)))
            problems.push({ kind: 'untranslated', where: `${describe(el)} [${attribute}]`, text: value.slice(0, 120) });
        }
      }
    }

    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      const wide = Array.from(document.body.querySelectorAll('*'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return shown(el) && r.width > 0 && (r.right > root.clientWidth + 1 || r.left < -1);
        })
        .filter(
          (el) =>
            !Array.from(el.children).some((child) => {
              const r = child.getBoundingClientRect();
              return r.right > root.clientWidth + 1 || r.left < -1;
            }),
        );
      problems.push({
        kind: 'horizontal-scroll',
        where: wide.slice(0, 3).map(describe).join(' | '),
        text: `${root.scrollWidth} > ${root.clientWidth}`,
      });
    }

    // The part of a text box left visible by its scrolling ancestors (rows scrolled out of a table's box).
    const clipped = (el: Element, r: DOMRect): DOMRect | null => {
      let { left, top, right, bottom } = r;
      for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const box = e.getBoundingClientRect();
        left = Math.max(left, box.left);
        top = Math.max(top, box.top);
        right = Math.min(right, box.right);
        bottom = Math.min(bottom, box.bottom);
        if (right <= left || bottom <= top) return null;
      }
      return new DOMRect(left, top, right - left, bottom - top);
    };

    // The floating layer (a sticky header, a toast) an element is drawn in, or null for the page itself:
    // a layer is drawn over the page on purpose, so only text of one layer may not overlap.
    const layerOf = (el: Element): Element | null => {
      for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
        const position = getComputedStyle(node).position;
        if (position === 'fixed' || position === 'sticky') return node;
      }
      return null;
    };
    // Text elements whose overflow is hidden (or ellipsised) and whose content is wider or taller.
    const leaves: { el: Element; layer: Element | null; rects: DOMRect[] }[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (!shown(el) || srOnly(el)) continue;
      const text = Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (text.length === 0) continue;
      const style = getComputedStyle(el);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      if (
        (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
      ) {
        problems.push({ kind: 'clipped', where: describe(el), text: (el.textContent ?? '').trim().slice(0, 80) });
      }
      const rects: DOMRect[] = [];
      for (const n of text) {
        const range = document.createRange();
        range.selectNodeContents(n);
        rects.push(
          ...Array.from(range.getClientRects())
            .map((r) => clipped(el, r))
            .filter((r): r is DOMRect => !!r && r.width > 2 && r.height > 2),
        );
      }
      leaves.push({ el, layer: layerOf(el), rects });
    }
    // Two pieces of text drawn over each other (each line box of each text node, 3 px tolerance).
    const all = leaves.flatMap(({ el, layer, rects }) => rects.map((r) => ({ el, layer, r })));
    all.sort((a, b) => a.r.top - b.r.top);
    const reported = new Set<string>();
    for (let i = 0; i < all.length; i++) {
      const a = all[i]!;
      for (let j = i + 1; j < all.length && all[j]!.r.top < a.r.bottom - 3; j++) {
        const b = all[j]!;
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el) || a.layer !== b.layer) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 3 && y > 3) {
          const key = `${describe(a.el)} / ${describe(b.el)}`;
          if (reported.has(key)) continue;
          reported.add(key);
          problems.push({
            kind: 'overlap',
            where: key,
            text: `${(a.el.textContent ?? '').trim().slice(0, 40)} / ${(b.el.textContent ?? '').trim().slice(0, 40)}`,
          });
        }
      }
    }
    return problems;
  }, options);
}

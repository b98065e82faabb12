/**
 * One element of the page as a standalone HTML file: its markup plus every same-origin style rule, so
 * the file opens and prints like the page (A4, page numbers) with no app around it.
 */
export function pageAsHtml(selector: string, title: string): Blob {
  const root = document.querySelector(selector);
  const css = [...document.styleSheets]
    .flatMap((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText);
      } catch {
        return []; // a cross-origin sheet cannot be read; the app has none
      }
    })
    .join('\n');
  const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  const html = `<!doctype html><html lang="${document.documentElement.lang}"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${css}</style></head><body><main>${root?.outerHTML ?? ''}</main></body></html>`;
  return new Blob([html], { type: 'text/html' });
}

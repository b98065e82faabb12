/** Handing a file to the person without a server round trip (works offline too). */

/** Saves `blob` as a file called `name` (the browser's download). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens `blob` in a new tab (a PDF, an image) for reading rather than saving. */
export function openBlob(blob: Blob): void {
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  // The new tab has loaded the bytes long before this; revoking frees the Blob reference.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

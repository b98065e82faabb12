/**
 * Reading a PDF made by Chromium's `page.pdf`: its page count from the file itself, and (with
 * poppler-utils installed) where the text of a page sits, from `pdftotext -bbox`.
 */
import { execFileSync } from 'node:child_process';

/** Page objects of the file (`/Type /Page`, not the `/Type /Pages` tree node). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

export function popplerAvailable(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface TextBlock {
  /** Leftmost and rightmost word edges on the page, in PDF points. */
  left: number;
  right: number;
  width: number;
  /** The page's words, in reading order, joined by spaces. */
  text: string;
}

/** Where the words of one page (1-based) sit horizontally, and what they say. */
export function pdfTextBlock(file: string, pageNumber: number): TextBlock {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(pageNumber), '-l', String(pageNumber), file, '-'], {
    encoding: 'utf8',
  });
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
    ([, xMin, xMax, text]) => ({ xMin: Number(xMin), xMax: Number(xMax), text: text! }),
  );
  if (words.length === 0) return { left: 0, right: 0, width: 0, text: '' };
  const left = Math.min(...words.map((w) => w.xMin));
  const right = Math.max(...words.map((w) => w.xMax));
  return { left, right, width: right - left, text: words.map((w) => w.text).join(' ') };
}

/** What `pnpm i18n:export`, `i18n:import` and `i18n:missing` do, on the dictionaries under `dir`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { LANGUAGES, partsOf, readPart, writePart } from './catalog.ts';
import type { Entry } from './dictionary-file.ts';
import { describeProblems, problemsOf, type Messages } from './rules.ts';
import { fromXliff, toXliff, XliffRefusedError } from './xliff.ts';

const messagesOf = (entries: readonly Entry[]): Messages => Object.fromEntries(entries.map((entry) => [entry.key, entry.message]));

export function checkLanguage(language: string): void {
  if (!(LANGUAGES as readonly string[]).includes(language) || language === 'en') {
    throw new XliffRefusedError(`--lang must be one of ${LANGUAGES.filter((l) => l !== 'en').join(', ')} (English is the source).`);
  }
}

export function exportXliff(dir: string, language: string): string {
  checkLanguage(language);
  const parts = partsOf(dir).map((part) => ({ part, english: readPart(dir, part, 'en'), translation: readPart(dir, part, language) }));
  return toXliff(parts, language);
}

/** Reads an XLIFF file back into the language's dictionaries; refuses it whole when a unit is wrong. */
export async function importXliff(dir: string, language: string, xml: string): Promise<string[]> {
  checkLanguage(language);
  const parts = partsOf(dir);
  const english = new Map(parts.map((part) => [part, new Map(readPart(dir, part, 'en').map((entry) => [entry.key, entry]))]));
  const translation = fromXliff(xml, language, english);
  const written: string[] = [];
  for (const [part, entries] of translation) {
    const existing = readPart(dir, part, language);
    if (entries.length === 0 && existing.length === 0) continue; // nothing to create
    // A key English no longer has is not the import's to delete: the completeness test reports it.
    const unknownToEnglish = existing.filter((entry) => !english.get(part)!.has(entry.key));
    const changed = await writePart(dir, part, language, [...entries, ...unknownToEnglish]);
    if (changed) written.push(changed);
  }
  return written;
}

/** Per language and part: how many keys are missing or wrong, and which. */
export function missingReport(
  dir: string,
  languages: readonly string[] = LANGUAGES.filter((l) => l !== 'en'),
): { text: string; total: number } {
  const lines: string[] = [];
  let total = 0;
  for (const language of languages) {
    const perPart: string[] = [];
    let count = 0;
    for (const part of partsOf(dir)) {
      const english = readPart(dir, part, 'en');
      const problems = problemsOf(messagesOf(english), messagesOf(readPart(dir, part, language)), language);
      if (problems.length === 0) continue;
      count += problems.length;
      perPart.push(`  ${part} (${problems.length} of ${english.length}):\n${describeProblems(problems).replace(/^/gm, '  ')}`);
    }
    total += count;
    lines.push(count === 0 ? `${language}: complete` : `${language}: ${count} to do\n${perPart.join('\n')}`);
  }
  return { text: lines.join('\n'), total };
}

export function writeOut(text: string, out: string | undefined): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

export const readIn = (path: string): string => readFileSync(path, 'utf8');

/**
 * The web app's dictionaries as parts: the core (`<lang>.ts`) and each feature
 * (`features/<feature>.<lang>.ts`), each read from its TypeScript source. English is the source.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { readEntries, rewriteEntries, type Entry } from './dictionary-file.ts';

// The repository's prettier settings also apply to dictionaries copied elsewhere (the tests' copies).
const REPOSITORY_FILE = join(import.meta.dirname, '..', '..', '..', 'web', 'src', 'lib', 'i18n', 'en.ts');

export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  fr: 'French',
  es: 'Spanish',
  ar: 'Arabic',
  ru: 'Russian',
  zh: 'Chinese',
};

/** `core`, or a feature's name. */
export type Part = string;

export const exportName = (part: Part, language: string): string =>
  part === 'core' ? language : `${part}${language[0]!.toUpperCase()}${language.slice(1)}`;

export const fileOf = (dir: string, part: Part, language: string): string =>
  part === 'core' ? join(dir, `${language}.ts`) : join(dir, 'features', `${part}.${language}.ts`);

/** The parts English has: the core, then every feature in name order. */
export function partsOf(dir: string): Part[] {
  const features = readdirSync(join(dir, 'features'))
    .map((name) => /^([\w-]+)\.en\.ts$/.exec(name)?.[1])
    .filter((name): name is string => !!name)
    .sort();
  return ['core', ...features];
}

/** The entries of one part in one language; [] when the language has no file for it. */
export function readPart(dir: string, part: Part, language: string): Entry[] {
  const path = fileOf(dir, part, language);
  if (!existsSync(path)) return [];
  return readEntries(path, readFileSync(path, 'utf8'), exportName(part, language));
}

/** A new file for a part a language has not translated yet: typed against English, so it must be complete. */
function newFile(part: Part, language: string): string {
  const english = exportName(part, 'en');
  const types = part === 'core' ? './types.ts' : '../types.ts';
  const source = part === 'core' ? './en.ts' : `./${part}.en.ts`;
  const name = LANGUAGE_NAMES[language] ?? language;
  return [
    `import type { Translation } from '${types}';`,
    `import type { ${english} } from '${source}';`,
    '',
    `/** ${name} strings of ${part === 'core' ? 'en.ts' : `${part}.en.ts`}: every key (type-checked). */`,
    `export const ${exportName(part, language)}: Translation<typeof ${english}> = {};`,
    '',
  ].join('\n');
}

/**
 * Writes the entries of one part in one language, formatted as the repository's prettier does. Returns
 * the file's path when it changed.
 */
export async function writePart(dir: string, part: Part, language: string, entries: readonly Entry[]): Promise<string | undefined> {
  const path = fileOf(dir, part, language);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : newFile(part, language);
  const rewritten = rewriteEntries(path, before, exportName(part, language), entries);
  // The svelte plugin is for .svelte files and is not installed here; a .ts file does not need it.
  const config = (await prettier.resolveConfig(path)) ?? (await prettier.resolveConfig(REPOSITORY_FILE)) ?? {};
  const { plugins: _plugins, ...options } = config;
  const formatted = await prettier.format(rewritten, { ...options, filepath: path });
  if (formatted === before) return undefined;
  writeFileSync(path, formatted);
  return path;
}

/**
 * The app's own messages, read from its dictionaries (web/src/lib/i18n), so a spec can find a button
 * or a label in any language by its key: it keeps passing when a translation is written or reworded.
 * A key the language does not translate yet falls back to English, as in the app.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './server.ts';

type Message = string | Readonly<Record<string, string>>;
type Dictionary = Record<string, Message>;

const dir = join(repoRoot, 'web/src/lib/i18n');
const cache = new Map<string, Promise<Dictionary>>();

async function ownMessages(language: string): Promise<Dictionary> {
  const files = [
    join(dir, `${language}.ts`),
    ...readdirSync(join(dir, 'features'))
      .filter((f) => f.endsWith(`.${language}.ts`))
      .map((f) => join(dir, 'features', f)),
  ];
  const modules = await Promise.all(files.map((file) => import(pathToFileURL(file).href) as Promise<Record<string, unknown>>));
  return Object.assign({}, ...modules.flatMap((m) => Object.values(m).filter((v) => typeof v === 'object' && v !== null))) as Dictionary;
}

/** Every message of `language`, English where it has none. */
export function dictionaryOf(language: string): Promise<Dictionary> {
  let loaded = cache.get(language);
  if (!loaded) {
    loaded = Promise.all([ownMessages('en'), language === 'en' ? Promise.resolve({}) : ownMessages(language)]).then(([en, own]) => ({
      ...en,
      ...own,
    }));
    cache.set(language, loaded);
  }
  return loaded;
}

/** The text of `key` in `language` with `{name}` placeholders filled (a plural message: its "other" form). */
export async function message(language: string, key: string, params: Record<string, string> = {}): Promise<string> {
  const found = (await dictionaryOf(language))[key];
  if (found === undefined) throw new Error(`no message ${key}`);
  const text = typeof found === 'string' ? found : (found.other ?? '');
  return text.replace(/\{(\w+)\}/g, (all, name: string) => params[name] ?? all);
}

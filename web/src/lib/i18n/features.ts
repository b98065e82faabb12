/**
 * The feature dictionaries: each a chunk of its own per language, imported when a route needs it
 * (route-features.ts), so a page downloads only the strings it can show. A translation is a file
 * `features/<feature>.<language>.ts` exporting `<feature><Language>` (e.g. `deskEs` in `desk.es.ts`):
 * adding the file registers it. `device.*` is part of the core (merged into en.ts and its peers).
 */
import { LANGUAGES, type Language } from './languages.ts';
import type { PartialDictionary } from './types.ts';

export const FEATURES = [
  'desk',
  'drafting',
  'exchanges',
  'fields',
  'formal',
  'guidance',
  'monitoring',
  'public',
  'receive',
  'secretariat',
  'sync',
  'workspace',
] as const;
export type Feature = (typeof FEATURES)[number];

type Loader = () => Promise<PartialDictionary>;

// Lazy: one chunk per file, fetched only when its loader runs. `device` and `errors` are part of the core
// (en.ts and its peers import them): listing them here would only add loaders nobody calls to every page.
const modules = import.meta.glob<Record<string, PartialDictionary>>(['./features/*.*.ts', '!./features/{device,errors}.*.ts']);

/** The export a translation file must have: `desk` + `es` → `deskEs`. */
export const exportName = (feature: string, language: string) => `${feature}${language[0]!.toUpperCase()}${language.slice(1)}`;

function loaderFor(feature: Feature, language: Language): Loader | undefined {
  const load = modules[`./features/${feature}.${language}.ts`];
  if (!load) return undefined;
  return async () => {
    const dictionary = (await load())[exportName(feature, language)];
    if (!dictionary) throw new Error(`features/${feature}.${language}.ts does not export ${exportName(feature, language)}`);
    return dictionary;
  };
}

export const featureLoaders = Object.fromEntries(
  FEATURES.map((feature) => {
    const loaders = Object.fromEntries(
      LANGUAGES.flatMap((language) => {
        const loader = loaderFor(feature, language);
        return loader ? [[language, loader] as const] : [];
      }),
    );
    if (!loaders.en) throw new Error(`features/${feature}.en.ts is missing`);
    return [feature, loaders];
  }),
) as Readonly<Record<Feature, { readonly en: Loader } & Partial<Record<Language, Loader>>>>;

/** Entity names as a person reads them: in the reader's (or the document's) language, else English. */
import { i18n } from '$lib/i18n/index.ts';

export type Names = { readonly en: string } & Readonly<Record<string, string | undefined>>;

/** A name in `language`, else in English. */
export const nameIn = (names: Names, language: string = i18n.locale): string => names[language] ?? names.en;

/** An entity's name, or `fallback` (its id, say) while the entity is not known here. */
export const entityName = (entity: { readonly names: Names } | undefined, fallback = '', language: string = i18n.locale): string =>
  entity ? nameIn(entity.names, language) : fallback;

/** The name of entity `id` among `entities` (the reference cache), else its id. */
export const entityNameById = (
  entities: readonly { readonly id: string; readonly names: Names }[] | null | undefined,
  id: string,
  language: string = i18n.locale,
): string =>
  entityName(
    entities?.find((e) => e.id === id),
    id,
    language,
  );

/**
 * Names in each language's own collation (Intl.Collator): "Équateur" among the E's in French, "Ñ" after
 * "N" in Spanish. Kept apart from the names table so a page that only sorts does not load the table.
 */
const collators = new Map<string, Intl.Collator>();
export const nameCollator = (lang: string): Intl.Collator => {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang, { sensitivity: 'base', ignorePunctuation: false })));
  return c;
};

/** `items` sorted by the name `nameOf` gives each, in `lang`'s collation (a new array). */
export const sortByName = <T>(items: readonly T[], nameOf: (item: T) => string, lang: string): T[] => {
  const collator = nameCollator(lang);
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
};

/**
 * States' names as the United Nations writes them (UNTERM short names, six languages), from the one
 * table in reference/un-state-names.ts (sorting them: name-order.ts). Intl.DisplayNames is only the fallback for a State the table does not hold. Plain ECMAScript: the API and the web app
 * both use it.
 */
import type { Language } from './languages.ts';
import { UN_STATE_NAMES, type UnStateNames } from './reference/un-state-names.ts';

const TABLE: Readonly<Record<string, UnStateNames>> = UN_STATE_NAMES;

/** The 193 UN Member States (ISO 3166-1 alpha-3), from the names table. */
export const UN_MEMBER_STATES: readonly string[] = Object.keys(TABLE).filter((id) => TABLE[id]!.unMember);

export const unStateNames = (id: string): UnStateNames | undefined => TABLE[id];

const displayNames = new Map<string, Intl.DisplayNames | null>();
const regionName = (alpha2: string, lang: string): string | undefined => {
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    } catch {
      displayNames.set(lang, null); // a runtime without this locale's data
    }
  }
  return displayNames.get(lang)?.of(alpha2) ?? undefined;
};

/**
 * A State's name in `lang`: the UN short name from the table; else a name recorded for it (`recorded`,
 * e.g. an entity's stored names); else Intl.DisplayNames for its ISO alpha-2 code; else English; else the id.
 */
export function officialStateName(
  id: string,
  lang: Language | string,
  fallback: { recorded?: Partial<Record<string, string>>; alpha2?: string } = {},
): string {
  const row = TABLE[id];
  if (row) return row.names[lang as Language] ?? row.names.en;
  const recorded = fallback.recorded?.[lang];
  if (recorded) return recorded;
  const fromIntl = fallback.alpha2 ? regionName(fallback.alpha2, lang) : undefined;
  return fromIntl ?? fallback.recorded?.en ?? id;
}

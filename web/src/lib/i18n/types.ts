import type { en } from './en.ts';

/** A message whose wording depends on a count; categories follow Intl.PluralRules (CLDR). */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

/** Every key English defines: English is the source of truth. */
export type MessageKey = keyof typeof en;

/** A complete translation: every English key, and a plural message wherever English has one. */
export type Dictionary = {
  readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage;
};

/** A translation that may leave keys out; missing keys fall back to English. */
export type PartialDictionary = Partial<Dictionary>;

/** Interpolation values for `{name}` placeholders; `count` also selects the plural form. */
export type Params = Readonly<Record<string, string | number>>;

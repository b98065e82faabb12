import type { en } from './en.ts';
import type { deskEn } from './features/desk.en.ts';
import type { draftingEn } from './features/drafting.en.ts';
import type { exchangesEn } from './features/exchanges.en.ts';
import type { fieldsEn } from './features/fields.en.ts';
import type { formalEn } from './features/formal.en.ts';
import type { guidanceEn } from './features/guidance.en.ts';
import type { monitoringEn } from './features/monitoring.en.ts';
import type { publicEn } from './features/public.en.ts';
import type { receiveEn } from './features/receive.en.ts';
import type { secretariatEn } from './features/secretariat.en.ts';
import type { syncEn } from './features/sync.en.ts';
import type { workspaceEn } from './features/workspace.en.ts';

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

/**
 * Every English message: the core and every feature. Only the types are imported: at run time a
 * feature's strings arrive when a route needs them (features.ts).
 */
type English = typeof en &
  typeof deskEn &
  typeof draftingEn &
  typeof exchangesEn &
  typeof fieldsEn &
  typeof formalEn &
  typeof guidanceEn &
  typeof monitoringEn &
  typeof publicEn &
  typeof receiveEn &
  typeof secretariatEn &
  typeof syncEn &
  typeof workspaceEn;

/** Every key English defines: English is the source of truth. */
export type MessageKey = keyof English;

/** A complete translation of `E`: every key, and a plural message wherever English has one. */
export type Translation<E> = { readonly [K in keyof E]: E[K] extends string ? string : PluralMessage };

/** A complete translation of every message. */
export type Dictionary = Translation<English>;

/** A complete translation of the core (en.ts). */
export type CoreDictionary = Translation<typeof en>;

/** A translation that may leave keys out; missing keys fall back to English. */
export type PartialDictionary = Partial<Dictionary>;

/** Interpolation values for `{name}` placeholders; `count` also selects the plural form. */
export type Params = Readonly<Record<string, string | number>>;

/**
 * The feature dictionaries: each a chunk of its own per language, imported when a route needs it
 * (route-features.ts), so a page downloads only the strings it can show. English and French exist
 * for every feature; the other languages translate only the core so far and fall back to English.
 */
import type { Language } from './languages.ts';
import type { PartialDictionary } from './types.ts';

export const FEATURES = [
  'desk',
  'drafting',
  'exchanges',
  'fields',
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

export const featureLoaders: Readonly<Record<Feature, { readonly en: Loader } & Partial<Record<Language, Loader>>>> = {
  desk: {
    en: () => import('./features/desk.en.ts').then((m) => m.deskEn),
    fr: () => import('./features/desk.fr.ts').then((m) => m.deskFr),
  },
  drafting: {
    en: () => import('./features/drafting.en.ts').then((m) => m.draftingEn),
    fr: () => import('./features/drafting.fr.ts').then((m) => m.draftingFr),
  },
  exchanges: {
    en: () => import('./features/exchanges.en.ts').then((m) => m.exchangesEn),
    fr: () => import('./features/exchanges.fr.ts').then((m) => m.exchangesFr),
  },
  fields: {
    en: () => import('./features/fields.en.ts').then((m) => m.fieldsEn),
    fr: () => import('./features/fields.fr.ts').then((m) => m.fieldsFr),
  },
  guidance: {
    en: () => import('./features/guidance.en.ts').then((m) => m.guidanceEn),
    fr: () => import('./features/guidance.fr.ts').then((m) => m.guidanceFr),
  },
  monitoring: {
    en: () => import('./features/monitoring.en.ts').then((m) => m.monitoringEn),
    fr: () => import('./features/monitoring.fr.ts').then((m) => m.monitoringFr),
  },
  public: {
    en: () => import('./features/public.en.ts').then((m) => m.publicEn),
    fr: () => import('./features/public.fr.ts').then((m) => m.publicFr),
  },
  receive: {
    en: () => import('./features/receive.en.ts').then((m) => m.receiveEn),
    fr: () => import('./features/receive.fr.ts').then((m) => m.receiveFr),
  },
  secretariat: {
    en: () => import('./features/secretariat.en.ts').then((m) => m.secretariatEn),
    fr: () => import('./features/secretariat.fr.ts').then((m) => m.secretariatFr),
  },
  sync: {
    en: () => import('./features/sync.en.ts').then((m) => m.syncEn),
    fr: () => import('./features/sync.fr.ts').then((m) => m.syncFr),
  },
  workspace: {
    en: () => import('./features/workspace.en.ts').then((m) => m.workspaceEn),
    fr: () => import('./features/workspace.fr.ts').then((m) => m.workspaceFr),
  },
};

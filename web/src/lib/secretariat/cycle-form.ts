/**
 * The request form's state and its conversion to the API body. The server validates with the shared
 * `cycleCreateSchema`; these checks only spare a round trip for the mistakes a person makes most
 * (an empty field, a deadline before the issue date, no category, no addressee).
 */
import {
  ALL_STATES_PARTIES,
  CATEGORIES,
  LANGUAGES,
  REQUEST_LANGUAGES,
  type Category,
  type Cycle,
  type CycleCreate,
  type Language,
} from '@clearinghouse/shared';

/** The form's languages: the three a request must have first, then the optional ones. */
export const FORM_LANGUAGES: readonly Language[] = [
  ...REQUEST_LANGUAGES,
  ...LANGUAGES.filter((l) => !(REQUEST_LANGUAGES as readonly string[]).includes(l)),
];
export const FORM_LANGUAGES_OPTIONAL: readonly Language[] = FORM_LANGUAGES.filter(
  (l) => !(REQUEST_LANGUAGES as readonly string[]).includes(l),
);
export const isRequiredLanguage = (language: Language) => (REQUEST_LANGUAGES as readonly string[]).includes(language);

type ByLanguage = Record<Language, string>;
const blankByLanguage = (): ByLanguage => ({ en: '', fr: '', es: '', ar: '', zh: '', ru: '' });

export interface CycleDraft {
  reference: string;
  issuedOn: string;
  deadline: string;
  categories: Category[];
  addressAll: boolean;
  entityIds: string[];
  /** Title and text by language; `titles.en` is the request's `title`. */
  titles: ByLanguage;
  texts: ByLanguage;
}

export type CycleFormProblem =
  'reference' | 'issuedOn' | 'deadline' | 'deadlineBeforeIssue' | 'categories' | 'addressees' | `title.${Language}` | `text.${Language}`;

export const emptyCycleDraft = (today: string): CycleDraft => ({
  reference: '',
  issuedOn: today,
  deadline: '',
  // The note verbale asks for every category of 6(h) by default; the Secretariat may narrow it.
  categories: [...CATEGORIES],
  addressAll: true,
  entityIds: [],
  titles: blankByLanguage(),
  texts: blankByLanguage(),
});

export const draftFromCycle = (cycle: Cycle): CycleDraft => ({
  reference: cycle.reference,
  issuedOn: cycle.issuedOn,
  deadline: cycle.deadline,
  categories: [...cycle.categories],
  addressAll: cycle.addressees === ALL_STATES_PARTIES,
  entityIds: cycle.addressees === ALL_STATES_PARTIES ? [] : [...cycle.addressees],
  titles: { ...blankByLanguage(), ...withoutNulls(cycle.titles), en: cycle.title },
  texts: { ...blankByLanguage(), ...withoutNulls(cycle.texts) },
});

function withoutNulls(versions: Partial<Record<Language, string | null>> | undefined): Partial<ByLanguage> {
  return Object.fromEntries(Object.entries(versions ?? {}).filter(([, text]) => typeof text === 'string')) as Partial<ByLanguage>;
}

export function cycleFormProblems(draft: CycleDraft): CycleFormProblem[] {
  const problems: CycleFormProblem[] = [];
  if (!draft.reference.trim()) problems.push('reference');
  for (const language of REQUEST_LANGUAGES) if (!draft.titles[language].trim()) problems.push(`title.${language}`);
  for (const language of REQUEST_LANGUAGES) if (!draft.texts[language].trim()) problems.push(`text.${language}`);
  if (!draft.issuedOn) problems.push('issuedOn');
  if (!draft.deadline) problems.push('deadline');
  else if (draft.issuedOn && draft.deadline < draft.issuedOn) problems.push('deadlineBeforeIssue');
  if (draft.categories.length === 0) problems.push('categories');
  if (!draft.addressAll && draft.entityIds.length === 0) problems.push('addressees');
  return problems;
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The POST/PATCH body; categories always in the document's order (6(h) (i)–(viii), then the others). */
export const cycleBody = (draft: CycleDraft): CycleCreate => ({
  reference: draft.reference.trim(),
  title: draft.titles.en.trim(),
  titles: {
    fr: orNull(draft.titles.fr),
    es: orNull(draft.titles.es),
    ar: orNull(draft.titles.ar),
    zh: orNull(draft.titles.zh),
    ru: orNull(draft.titles.ru),
  },
  texts: Object.fromEntries(LANGUAGES.map((l) => [l, orNull(draft.texts[l])])) as Record<Language, string | null>,
  issuedOn: draft.issuedOn,
  deadline: draft.deadline,
  categories: CATEGORIES.filter((c) => draft.categories.includes(c)),
  addressees: draft.addressAll ? ALL_STATES_PARTIES : [...new Set(draft.entityIds)],
});

/** Roman numerals of 6(h) for the first eight categories; the others have none. */
export const romanOf = (category: Category): string | null => {
  const index = CATEGORIES.indexOf(category);
  return index >= 0 && index < 8 ? ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'][index]! : null;
};

export const isOpen = (cycle: Cycle): boolean => !cycle.closedAt;

/**
 * The request form's state and its conversion to the API body. The server validates with the shared
 * `cycleCreateSchema`; these checks only spare a round trip for the mistakes a person makes most
 * (an empty field, a deadline before the issue date, no category, no addressee).
 */
import { ALL_STATES_PARTIES, CATEGORIES, type Category, type Cycle, type CycleCreate } from '@clearinghouse/shared';

export interface CycleDraft {
  reference: string;
  title: string;
  titleFr: string;
  issuedOn: string;
  deadline: string;
  categories: Category[];
  addressAll: boolean;
  entityIds: string[];
  textEn: string;
  textFr: string;
}

export type CycleFormProblem = 'reference' | 'title' | 'issuedOn' | 'deadline' | 'deadlineBeforeIssue' | 'categories' | 'addressees';

export const emptyCycleDraft = (today: string): CycleDraft => ({
  reference: '',
  title: '',
  titleFr: '',
  issuedOn: today,
  deadline: '',
  // The note verbale asks for every category of 6(h) by default; the Secretariat may narrow it.
  categories: [...CATEGORIES],
  addressAll: true,
  entityIds: [],
  textEn: '',
  textFr: '',
});

export const draftFromCycle = (cycle: Cycle): CycleDraft => ({
  reference: cycle.reference,
  title: cycle.title,
  titleFr: cycle.titleFr ?? '',
  issuedOn: cycle.issuedOn,
  deadline: cycle.deadline,
  categories: [...cycle.categories],
  addressAll: cycle.addressees === ALL_STATES_PARTIES,
  entityIds: cycle.addressees === ALL_STATES_PARTIES ? [] : [...cycle.addressees],
  textEn: cycle.textEn ?? '',
  textFr: cycle.textFr ?? '',
});

export function cycleFormProblems(draft: CycleDraft): CycleFormProblem[] {
  const problems: CycleFormProblem[] = [];
  if (!draft.reference.trim()) problems.push('reference');
  if (!draft.title.trim()) problems.push('title');
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
  title: draft.title.trim(),
  titleFr: orNull(draft.titleFr),
  issuedOn: draft.issuedOn,
  deadline: draft.deadline,
  categories: CATEGORIES.filter((c) => draft.categories.includes(c)),
  addressees: draft.addressAll ? ALL_STATES_PARTIES : [...new Set(draft.entityIds)],
  textEn: orNull(draft.textEn),
  textFr: orNull(draft.textFr),
});

/** Roman numerals of 6(h) for the first eight categories; the others have none. */
export const romanOf = (category: Category): string | null => {
  const index = CATEGORIES.indexOf(category);
  return index >= 0 && index < 8 ? ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'][index]! : null;
};

export const isOpen = (cycle: Cycle): boolean => !cycle.closedAt;

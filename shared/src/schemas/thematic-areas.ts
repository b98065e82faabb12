import { isOneOf } from '../one-of.ts';

/**
 * The controlled vocabulary of thematic areas of technical assistance. An element stores codes, so an
 * offer written in French ("formation judiciaire") and a need written in English ("judicial training")
 * meet in the two-way table and in suggested matches; each language labels a code in its own words
 * (web messages `option.<code>`). What fits no code is `other`, with the State's own words beside it.
 */
export const THEMATIC_AREAS = [
  'legislative_drafting',
  'judicial_training',
  'investigation_prosecution',
  'cooperation_with_court',
  'victims_witnesses',
  'enforcement_of_sentences',
  'privileges_immunities',
  'ratification_procedure',
  'constitutional_questions',
  'outreach',
  'needs_assessment',
  'other',
] as const;
export type ThematicArea = (typeof THEMATIC_AREAS)[number];

export const isThematicArea = isOneOf(THEMATIC_AREAS);

/** Lower case, no accents, words separated by single spaces: "Formation  judiciaire" = "formation judiciaire". */
export const normaliseAreaText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The words people wrote in free text before the vocabulary existed, in the Court's working languages,
 * for each code (normalised). Used to map old answers and free-text exchanges; never shown.
 */
const SYNONYMS: Readonly<Record<Exclude<ThematicArea, 'other'>, readonly string[]>> = {
  legislative_drafting: [
    'legislative drafting',
    'drafting legislation',
    'implementing legislation',
    'legislative assistance',
    'legislation',
    'redaction legislative',
    'redaction des textes d application',
    'textes d application',
    'legislation de mise en oeuvre',
    'assistance legislative',
  ],
  judicial_training: [
    'judicial training',
    'training of judges',
    'training of magistrates',
    'training of judges and prosecutors',
    'formation judiciaire',
    'formation des magistrats',
    'formation des juges',
  ],
  investigation_prosecution: ['investigation and prosecution', 'investigations', 'prosecution', 'enquetes et poursuites', 'poursuites'],
  cooperation_with_court: [
    'cooperation with the court',
    'cooperation with the icc',
    'cooperation',
    'judicial cooperation',
    'cooperation avec la cour',
    'cooperation judiciaire',
  ],
  victims_witnesses: [
    'victims and witnesses',
    'witness protection',
    'victim and witness protection',
    'victimes et temoins',
    'protection des temoins',
  ],
  enforcement_of_sentences: ['enforcement of sentences', 'execution des peines'],
  privileges_immunities: ['privileges and immunities', 'apic', 'privileges et immunites', 'apic ratification'],
  ratification_procedure: ['ratification', 'ratification procedure', 'procedure de ratification'],
  constitutional_questions: ['constitutional questions', 'constitutional issues', 'questions constitutionnelles'],
  outreach: ['outreach', 'awareness raising', 'sensibilisation'],
  needs_assessment: ['needs assessment', 'evaluation des besoins'],
};

const CODE_OF_TEXT = new Map<string, ThematicArea>();
for (const code of THEMATIC_AREAS) CODE_OF_TEXT.set(normaliseAreaText(code), code);
for (const [code, words] of Object.entries(SYNONYMS)) for (const w of words) CODE_OF_TEXT.set(normaliseAreaText(w), code as ThematicArea);

/** The code a free text names (a code itself, or a known wording in English or French), or null. */
export const thematicAreaOf = (text: string): ThematicArea | null => CODE_OF_TEXT.get(normaliseAreaText(text)) ?? null;

/** An area as stored (a code) or as typed (an old answer, an exchange the Secretariat wrote): its code, else itself. */
export const areaCodeOf = (text: string): string => (isThematicArea(text) ? text : (thematicAreaOf(text) ?? text));

/** Whether two areas, each a code or free text in any of the known wordings, are the same area. */
export const sameThematicArea = (a: string, b: string): boolean => {
  const [x, y] = [areaCodeOf(a), areaCodeOf(b)];
  return x === y || normaliseAreaText(x) === normaliseAreaText(y);
};

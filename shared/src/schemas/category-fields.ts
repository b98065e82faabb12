/**
 * The single source of truth for what an item holds. The valibot schemas (item.ts) and the web editor's
 * generic form are both derived from these descriptors, so a field is declared once. The web app finds
 * a field's label under its `name` in its messages.
 */
import { isOneOf } from '../one-of.ts';
import { THEMATIC_AREAS } from './thematic-areas.ts';

export const CATEGORIES = [
  // paragraph 6(h) of the note verbale, (i) to (viii), in its order
  'obstacle',
  'strategy',
  'assistance',
  'event',
  'legislation',
  'agreement',
  'constitutional',
  'focal_point',
  // 6(c): the Agreement on Privileges and Immunities; annex II: experiences and court decisions
  'apic',
  'experience',
  'court_decision',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const isCategory = isOneOf(CATEGORIES);

export const FIELD_KINDS = [
  'text',
  'longtext',
  'date',
  'enum',
  'enumList',
  'stringList',
  'entityList',
  'url',
  'email',
  'phone',
  'boolean',
  'articles',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FieldDescriptor {
  readonly name: string;
  readonly kind: FieldKind;
  /** For enum and enumList: the allowed values, in the order a form offers them. */
  readonly options?: readonly string[];
  /** For text kinds: characters allowed; defaults in field-limits below. */
  readonly maxLength?: number;
  /** For articles: ranges such as 86-102 (a Part of the Statute) are accepted as well as single articles. */
  readonly ranges?: boolean;
}

/** Narrative text must hold long reports (Enketo's 2,000 characters were too few): 100,000 is promised. */
export const LONG_TEXT_MAX = 200_000;
export const TEXT_MAX = 1000;
export const LIST_MAX = 200;

export const OBSTACLE_KINDS = ['constitutional', 'legislative', 'political', 'technical', 'financial', 'capacity', 'other'] as const;
export const STAGES = ['ratification', 'implementation'] as const;
export const ASSISTANCE_ROLES = ['provider', 'recipient'] as const;
/** What an event or a focal point's work is for: the aims of paragraph 6 of the Plan of Action. */
export const PURPOSES = ['ratification', 'implementation', 'apic', 'cooperation'] as const;
/** The crimes of article 5, and the offences against the administration of justice of article 70. */
export const CRIMES = ['genocide', 'crimes_against_humanity', 'war_crimes', 'aggression', 'offences_against_justice'] as const;

const period = [
  { name: 'periodStart', kind: 'date' },
  { name: 'periodEnd', kind: 'date' },
] as const;

export const CATEGORY_FIELDS = {
  obstacle: [
    { name: 'kind', kind: 'enum', options: OBSTACLE_KINDS },
    { name: 'stage', kind: 'enum', options: STAGES },
    { name: 'status', kind: 'enum', options: ['open', 'resolved'] },
    { name: 'articlesConcerned', kind: 'articles' },
    { name: 'measuresTaken', kind: 'longtext' },
    { name: 'assistanceNeeded', kind: 'boolean' },
    { name: 'resolvedOn', kind: 'date' },
  ],
  strategy: [
    { name: 'scope', kind: 'enum', options: ['national', 'regional'] },
    ...period,
    { name: 'responsibleBody', kind: 'text' },
    { name: 'participatingEntityIds', kind: 'entityList' },
    { name: 'objectives', kind: 'longtext' },
    { name: 'documentUrl', kind: 'url' },
  ],
  assistance: [
    // role, thematicAreas and partnerEntityIds feed the two-way table (PROTOCOL "Records")
    { name: 'role', kind: 'enum', options: ASSISTANCE_ROLES },
    { name: 'status', kind: 'enum', options: ['needed', 'offered', 'ongoing', 'completed'] },
    { name: 'thematicAreas', kind: 'enumList', options: THEMATIC_AREAS },
    // the State's own words for what `other` stands for, one area a line (old free-text areas land here)
    { name: 'thematicAreasOther', kind: 'longtext' },
    { name: 'forms', kind: 'enumList', options: ['experts', 'training', 'funding', 'materials', 'other'] },
    ...period,
    { name: 'partnerEntityIds', kind: 'entityList' },
    { name: 'languages', kind: 'stringList', maxLength: 35 },
    { name: 'needsAssessment', kind: 'longtext' },
    { name: 'eligibility', kind: 'text' },
    { name: 'funding', kind: 'enum', options: ['budget', 'in_kind', 'budget_and_in_kind'] },
    { name: 'budget', kind: 'text', maxLength: 200 },
    { name: 'contact', kind: 'text', maxLength: 500 },
  ],
  event: [
    { name: 'kind', kind: 'enum', options: ['seminar', 'conference', 'training', 'outreach', 'other'] },
    { name: 'purposes', kind: 'enumList', options: PURPOSES },
    { name: 'startDate', kind: 'date' },
    { name: 'endDate', kind: 'date' },
    { name: 'country', kind: 'text', maxLength: 200 },
    { name: 'city', kind: 'text', maxLength: 200 },
    // the venue; PROTOCOL names it `place`
    { name: 'place', kind: 'text', maxLength: 300 },
    { name: 'languages', kind: 'stringList', maxLength: 35 },
    // paragraph 6(f): inviting representatives of the Court or of the Secretariat to speak
    { name: 'speakerRequested', kind: 'enum', options: ['no', 'court', 'secretariat', 'court_and_secretariat'] },
    { name: 'organisers', kind: 'stringList', maxLength: 300 },
    { name: 'audience', kind: 'text' },
    { name: 'url', kind: 'url' },
  ],
  legislation: [
    {
      name: 'legislationType',
      kind: 'enum',
      options: [
        'constitution_amendment',
        'implementing_act',
        'criminal_code_amendment',
        'criminal_procedure_amendment',
        'cooperation_act',
        'other',
      ],
    },
    { name: 'status', kind: 'enum', options: ['draft', 'before_parliament', 'adopted', 'in_force', 'repealed'] },
    { name: 'adoptionDate', kind: 'date' },
    { name: 'entryIntoForceDate', kind: 'date' },
    { name: 'citation', kind: 'text', maxLength: 500 },
    { name: 'crimesCovered', kind: 'enumList', options: CRIMES },
    { name: 'articlesCovered', kind: 'articles', ranges: true },
    { name: 'scope', kind: 'enumList', options: ['complementarity', 'cooperation'] },
    { name: 'url', kind: 'url' },
  ],
  agreement: [
    {
      name: 'agreementType',
      kind: 'enum',
      options: ['enforcement_of_sentences', 'witness_relocation', 'interim_release', 'final_release', 'privileges_immunities', 'other'],
    },
    { name: 'status', kind: 'enum', options: ['negotiation', 'signed', 'in_force'] },
    { name: 'signatureDate', kind: 'date' },
    { name: 'entryIntoForceDate', kind: 'date' },
    { name: 'url', kind: 'url' },
  ],
  constitutional: [
    {
      name: 'problem',
      kind: 'enum',
      options: [
        'immunities',
        'surrender_of_nationals',
        'life_imprisonment',
        'amnesty_pardon',
        'transfer_of_jurisdiction',
        'ne_bis_in_idem',
        'statute_of_limitations',
        'trial_by_jury',
        'other',
      ],
    },
    {
      name: 'solution',
      kind: 'enum',
      options: ['constitutional_amendment', 'interpretive_declaration', 'court_opinion', 'legislation', 'other'],
    },
    { name: 'articlesConcerned', kind: 'articles' },
    { name: 'date', kind: 'date' },
    { name: 'url', kind: 'url' },
  ],
  focal_point: [
    { name: 'personName', kind: 'text', maxLength: 200 },
    // labelled "Function": the post held, as the note verbale's focal points are designated by function
    { name: 'jobTitle', kind: 'text', maxLength: 200 },
    { name: 'institution', kind: 'text', maxLength: 300 },
    { name: 'areasOfCompetence', kind: 'enumList', options: PURPOSES },
    { name: 'workingLanguages', kind: 'stringList', maxLength: 35 },
    { name: 'designatedOn', kind: 'date' },
    { name: 'email', kind: 'email' },
    { name: 'phone', kind: 'phone' },
    { name: 'address', kind: 'text' },
  ],
  apic: [
    { name: 'status', kind: 'enum', options: ['none', 'in_progress', 'signed', 'ratified', 'acceded'] },
    { name: 'signatureDate', kind: 'date' },
    { name: 'ratificationDate', kind: 'date' },
    { name: 'implementationNotes', kind: 'longtext' },
  ],
  experience: [
    { name: 'relatedObstacle', kind: 'enum', options: OBSTACLE_KINDS },
    { name: 'stage', kind: 'enum', options: STAGES },
    { name: 'lessons', kind: 'longtext' },
    { name: 'url', kind: 'url' },
  ],
  court_decision: [
    { name: 'court', kind: 'text', maxLength: 300 },
    { name: 'decisionDate', kind: 'date' },
    { name: 'caseReference', kind: 'text', maxLength: 300 },
    { name: 'articlesConcerned', kind: 'articles' },
    { name: 'outcome', kind: 'longtext' },
    { name: 'url', kind: 'url' },
  ],
} as const satisfies Record<Category, readonly FieldDescriptor[]>;

/** Structural fields: identity, order and confidentiality markers. A form does not show them as inputs. */
export const STRUCTURAL_ITEM_FIELDS = ['id', 'submissionId', 'category', 'position', 'confidential', 'confidentialFields'] as const;

/** Content fields common to every category; the only ones besides the category's that may be confidential. */
export const COMMON_ITEM_FIELDS = [
  { name: 'title', kind: 'text' },
  { name: 'description', kind: 'longtext' },
] as const satisfies readonly FieldDescriptor[];

export const BASE_ITEM_FIELDS: ReadonlySet<string> = new Set([...STRUCTURAL_ITEM_FIELDS, 'title', 'description', 'attachments']);

/** The category's own descriptors, in form order. */
export const fieldsOf = (category: Category): readonly FieldDescriptor[] => CATEGORY_FIELDS[category];

/** Every descriptor a form for this category shows: common fields first, then the category's. */
export const formFieldsOf = (category: Category): readonly FieldDescriptor[] => [...COMMON_ITEM_FIELDS, ...CATEGORY_FIELDS[category]];

const descriptorOf = (category: Category, field: string): FieldDescriptor | undefined =>
  formFieldsOf(category).find((d) => d.name === field);

// Computed once: the projection asks for every item of every export.
const perCategory = (extra: readonly string[]) => {
  const sets = {} as Record<Category, ReadonlySet<string>>;
  for (const c of CATEGORIES) sets[c] = new Set([...extra, ...fieldsOf(c).map((d) => d.name)]);
  return sets;
};
const ALLOWED = perCategory([...BASE_ITEM_FIELDS]);
const CONFIDENTIALISABLE = perCategory(['title', 'description', 'attachments']);

/** Every field an item of this category may carry. */
export const allowedItemFields = (category: Category): ReadonlySet<string> => ALLOWED[category];

/** Fields `confidentialFields` may name: content, never structure (an item without an id cannot be read). */
export const confidentialisableFields = (category: Category): ReadonlySet<string> => CONFIDENTIALISABLE[category];

/** Narrative text: merged line by line on concurrent edits. `title` is short text, `description` is long. */
export const isLongText = (category: Category, field: string): boolean => descriptorOf(category, field)?.kind === 'longtext';

/** Fields whose value is a set: concurrent additions and removals merge instead of conflicting. */
export const isListField = (category: Category, field: string): boolean => {
  if (field === 'confidentialFields' || field === 'attachments') return true;
  const kind = descriptorOf(category, field)?.kind;
  return kind === 'enumList' || kind === 'stringList' || kind === 'entityList' || kind === 'articles';
};

/** The allowed values of an enum or enumList field (for filters and charts), or undefined. */
export const optionsOf = (category: Category, field: string): readonly string[] | undefined => descriptorOf(category, field)?.options;

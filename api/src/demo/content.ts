/** Realistic sample content for `pnpm demo`: what States typically report under paragraph 6(h). */
export const DEMO_PASSWORD = 'demo-clearinghouse-2026';

export const DEMO_ORGANISATIONS = [
  { id: 'african-union', kind: 'regional_organisation', names: { en: 'African Union', fr: 'Union africaine' } },
  {
    id: 'cicc',
    kind: 'ngo',
    names: { en: 'Coalition for the International Criminal Court', fr: 'Coalition pour la Cour pénale internationale' },
  },
];

export const DEMO_ACCOUNTS = [
  { email: 'secretariat@demo.example', role: 'secretariat', entityId: null },
  { email: 'bureau@demo.example', role: 'bureau', entityId: null },
  { email: 'benin@demo.example', role: 'focal_point', entityId: 'BEN' },
  { email: 'caboverde@demo.example', role: 'focal_point', entityId: 'CPV' },
  { email: 'france@demo.example', role: 'focal_point', entityId: 'FRA' },
  { email: 'argentina@demo.example', role: 'focal_point', entityId: 'ARG' },
  { email: 'au@demo.example', role: 'focal_point', entityId: 'african-union' },
] as const;

export const DEMO_CYCLE = {
  reference: 'ICC-ASP/9/SP/PA/21',
  title: 'Plan of Action for achieving universality and full implementation of the Rome Statute: request for information',
  titleFr: 'Plan d’action pour parvenir à l’universalité et à la mise en œuvre intégrale du Statut de Rome : demande d’informations',
  issuedOn: '2010-08-09',
  deadline: '2010-10-30',
  categories: ['obstacle', 'strategy', 'assistance', 'event', 'legislation', 'agreement', 'constitutional', 'focal_point'],
  addressees: 'all-states-parties',
  textEn:
    'The Secretariat of the Assembly of States Parties invites States Parties to provide information on the promotion of ratification and full implementation of the Rome Statute, as set out in paragraph 6(h) of the Plan of Action.',
  textFr:
    'Le Secrétariat de l’Assemblée des États Parties invite les États Parties à communiquer des informations sur la promotion de la ratification et de la mise en œuvre intégrale du Statut de Rome, conformément au paragraphe 6 h) du Plan d’action.',
} as const;

type ItemSeed = Record<string, unknown> & { category: string; title: string };

/** Per entity: the submission's fate in the demo and its elements. */
export const DEMO_SUBMISSIONS: {
  entityId: string;
  email: string;
  title: string;
  language: string;
  fate: 'draft' | 'transmitted' | 'acknowledged' | 'published';
  items: ItemSeed[];
}[] = [
  {
    entityId: 'BEN',
    email: 'benin@demo.example',
    title: 'Benin: information on the implementation of the Rome Statute',
    language: 'fr',
    fate: 'published',
    items: [
      {
        category: 'legislation',
        title: 'Code of criminal procedure (Law 2012-15)',
        legislationType: 'implementing_act',
        status: 'in_force',
        date: '2013-03-18',
        articlesCovered: ['86', '87', '89', '93'],
        scope: ['cooperation'],
        description: 'Chapter on cooperation with the International Criminal Court: arrest and surrender, and other forms of cooperation.',
      },
      {
        category: 'obstacle',
        title: 'Capacity of the judiciary to try core crimes',
        kind: 'capacity',
        stage: 'implementation',
        status: 'open',
        description: 'Training of magistrates in international criminal law remains limited outside Cotonou.',
      },
      {
        category: 'obstacle',
        title: 'Consultations with the Ministry of the Interior',
        kind: 'political',
        stage: 'implementation',
        status: 'open',
        confidential: true,
        description: 'Internal disagreement on the designation of the authority competent for arrests. Not for publication.',
      },
      {
        category: 'assistance',
        title: 'Training of magistrates and prosecutors',
        role: 'recipient',
        thematicAreas: ['judicial training', 'complementarity'],
        forms: ['training', 'experts'],
        partnerEntityIds: ['FRA'],
        description: 'Benin seeks a three-week training programme for 40 magistrates.',
      },
      {
        category: 'focal_point',
        title: 'National focal point',
        personName: 'Aïcha Dossou',
        jobTitle: 'Director of Legal Affairs',
        institution: 'Ministry of Justice and Legislation',
        email: 'focal.point@justice.example',
        phone: '+229 21 00 00 00',
        confidentialFields: ['phone'],
      },
      {
        category: 'event',
        title: 'National seminar on complementarity',
        kind: 'seminar',
        startDate: '2026-12-10',
        endDate: '2026-12-11',
        place: 'Cotonou',
        organisers: ['Ministry of Justice', 'Coalition for the ICC'],
        audience: 'Magistrates, lawyers, civil society',
      },
    ],
  },
  {
    entityId: 'FRA',
    email: 'france@demo.example',
    title: 'France: contribution to the Plan of Action',
    language: 'fr',
    fate: 'published',
    items: [
      {
        category: 'assistance',
        title: 'Expert missions on implementing legislation',
        role: 'provider',
        thematicAreas: ['implementing legislation', 'judicial training'],
        forms: ['experts', 'training'],
        partnerEntityIds: ['BEN'],
        description: 'France offers expert missions to States drafting implementing legislation.',
      },
      {
        category: 'agreement',
        title: 'Agreement on the enforcement of sentences',
        agreementType: 'enforcement_of_sentences',
        status: 'in_force',
        date: '2007-02-27',
      },
      {
        category: 'legislation',
        title: 'Law 2010-930 adapting criminal law to the Rome Statute',
        legislationType: 'implementing_act',
        status: 'in_force',
        date: '2010-08-09',
        articlesCovered: ['5', '6', '7', '8', '25', '28'],
        scope: ['complementarity'],
      },
    ],
  },
  {
    entityId: 'CPV',
    email: 'caboverde@demo.example',
    title: 'Cabo Verde: information on ratification',
    language: 'en',
    fate: 'transmitted',
    items: [
      {
        category: 'constitutional',
        title: 'Surrender of nationals',
        problem: 'surrender_of_nationals',
        solution: 'constitutional_amendment',
        date: '2010-05-03',
        description: 'The Constitution was amended to allow the surrender of nationals to the Court.',
      },
      {
        category: 'strategy',
        title: 'National action plan on the Rome Statute',
        scope: 'national',
        periodStart: '2026-01-01',
        periodEnd: '2027-12-31',
        responsibleBody: 'Ministry of Justice',
      },
    ],
  },
  {
    entityId: 'ARG',
    email: 'argentina@demo.example',
    title: 'Argentina: implementing legislation and cooperation',
    language: 'es',
    fate: 'acknowledged',
    items: [
      {
        category: 'legislation',
        title: 'Law 26.200 implementing the Rome Statute',
        legislationType: 'implementing_act',
        status: 'in_force',
        date: '2007-01-05',
        scope: ['complementarity', 'cooperation'],
      },
    ],
  },
  {
    entityId: 'african-union',
    email: 'au@demo.example',
    title: 'African Union: regional activities',
    language: 'en',
    fate: 'draft',
    items: [
      {
        category: 'event',
        title: 'Regional workshop on cooperation with the Court',
        kind: 'conference',
        startDate: '2027-02-15',
        endDate: '2027-02-17',
        place: 'Addis Ababa',
      },
    ],
  },
];

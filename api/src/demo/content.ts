/**
 * Sample content for `pnpm demo`: what States typically report under paragraph 6(h). The request is the
 * real note verbale ICC-ASP/9/SP/PA/21 (9 August 2010). Treaty and legislation facts are real and dated
 * only where a date is known and means what its field says (France signed its agreement on the
 * enforcement of sentences on 11 October 2021); a law's promulgation date stays in its title, since
 * it is neither the adoption nor the entry into force; a date that could not be sourced is left out,
 * as a State may leave a field empty. People, contact details and planned events are illustrative.
 */
export const DEMO_PASSWORD = 'demo-clearinghouse-2026';

export const DEMO_ORGANISATIONS = [
  { id: 'african-union', kind: 'regional_organisation', names: { en: 'African Union', fr: 'Union africaine' } },
  {
    id: 'cicc',
    kind: 'ngo',
    names: { en: 'Coalition for the International Criminal Court', fr: 'Coalition pour la Cour pénale internationale' },
  },
] as const;

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
  titles: {
    fr: 'Plan d’action pour parvenir à l’universalité et à la mise en œuvre intégrale du Statut de Rome\u202f: demande d’informations',
    es: 'Plan de acción para lograr la universalidad y la plena aplicación del Estatuto de Roma: solicitud de información',
  },
  issuedOn: '2010-08-09',
  deadline: '2010-10-30',
  // paragraph 6(h) of the Plan of Action "ainsi que l'annexe II": experiences and court decisions
  categories: [
    'obstacle',
    'strategy',
    'assistance',
    'event',
    'legislation',
    'agreement',
    'constitutional',
    'focal_point',
    'experience',
    'court_decision',
  ],
  addressees: 'all-states-parties',
  texts: {
    en:
      'The Secretariat requests States Parties to communicate, by 30 October 2010, the information referred to in paragraph 6(h) of the Plan of Action and in annex II. ' +
      'The information sent to the Secretariat will be made public in full, unless the elements of a confidential nature are specifically indicated. ' +
      'It should be submitted through the diplomatic channel to the Secretariat of the Assembly of States Parties (Office C-0458, Maanweg 174, 2516 AB The Hague, the Netherlands; or by fax to +31 70 515 8376 or by e-mail to asp@icc-cpi.int). ' +
      'Wherever possible, the Secretariat would also like to receive a digital version of the information.',
    fr:
      'Le Secrétariat prie en conséquence les États Parties de communiquer, d’ici le 30 octobre 2010, les informations dont font état l’alinéa h) du paragraphe 6 du Plan d’action ainsi que l’annexe II. ' +
      'Le Secrétariat souligne que les informations qui lui seront adressées seront rendues publiques dans leur intégralité, à moins que ne soient mentionnés précisément les éléments qui présentent un caractère confidentiel. ' +
      'Ces informations devront être soumises par la voie diplomatique au Secrétariat de l’Assemblée des États Parties sis à l’adresse suivante\u202f: Bureau C-0458, Maanweg 174, 2516 AB La Haye, Pays-Bas (ou par télécopie au +31 70 515 8376 ou par courriel\u202f: asp@icc-cpi.int). ' +
      'Dans toute la mesure du possible, le Secrétariat souhaiterait également recevoir la version numérique de ces informations.',
    es:
      'La Secretaría pide a los Estados Partes que comuniquen, a más tardar el 30 de octubre de 2010, la información a que se refieren el apartado h) del párrafo 6 del Plan de acción y el anexo II. ' +
      'La Secretaría señala que la información que se le envíe se hará pública en su totalidad, a menos que se indiquen expresamente los elementos de carácter confidencial. ' +
      'La información deberá presentarse por la vía diplomática a la Secretaría de la Asamblea de los Estados Partes (oficina C-0458, Maanweg 174, 2516 AB La Haya, Países Bajos; o por fax al +31 70 515 8376 o por correo electrónico a asp@icc-cpi.int). ' +
      'En la medida de lo posible, la Secretaría desearía recibir también una versión digital de la información.',
  },
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
        // the law is "du 18 mars 2013" (promulgation; voted in 2012): the date stays in its title, not in a date field
        title: 'Code of criminal procedure (Law 2012-15 of 18 March 2013)',
        legislationType: 'other',
        status: 'in_force',
        scope: ['cooperation'],
        description: 'The Code of criminal procedure of 2013 provides for cooperation with the International Criminal Court.',
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
        thematicAreas: ['judicial_training', 'other'],
        thematicAreasOther: 'Complémentarité',
        forms: ['training', 'experts'],
        partnerEntityIds: ['FRA'],
        funding: 'in_kind',
        description: 'Benin seeks a three-week training programme for 40 magistrates.',
      },
      {
        category: 'focal_point',
        title: 'National focal point',
        personName: 'Aïcha Dossou',
        jobTitle: 'Director of Legal Affairs',
        institution: 'Ministry of Justice and Legislation',
        areasOfCompetence: ['ratification', 'implementation', 'cooperation'],
        workingLanguages: ['fr'],
        email: 'focal.point@justice.example',
        phone: '+229 21 00 00 00',
        confidentialFields: ['phone'],
      },
      {
        category: 'event',
        title: 'National seminar on complementarity',
        kind: 'seminar',
        purposes: ['implementation'],
        startDate: '2026-12-10',
        endDate: '2026-12-11',
        country: 'Bénin',
        city: 'Cotonou',
        place: 'Cotonou',
        languages: ['fr'],
        speakerRequested: 'court',
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
        thematicAreas: ['legislative_drafting', 'judicial_training'],
        forms: ['experts', 'training'],
        partnerEntityIds: ['BEN'],
        funding: 'in_kind',
        languages: ['fr'],
        description: 'France offers expert missions to States drafting implementing legislation.',
      },
      {
        category: 'agreement',
        title: 'Agreement on the enforcement of sentences',
        agreementType: 'enforcement_of_sentences',
        // signed at The Hague (ICC press release; Assemblée nationale, projet de loi n° 145, 16th legislature)
        signatureDate: '2021-10-11',
      },
      {
        category: 'legislation',
        // 9 August 2010 is the date of promulgation the law is cited by; Parliament adopted it earlier
        title: 'Law 2010-930 of 9 August 2010 adapting criminal law to the establishment of the International Criminal Court',
        legislationType: 'implementing_act',
        status: 'in_force',
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
        description:
          'Whether the constitutional bar on extraditing nationals applies to surrender to the Court: article 102 of the Statute distinguishes surrender from extradition.',
      },
      {
        category: 'strategy',
        title: 'National action plan on the Rome Statute',
        scope: 'national',
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
        purposes: ['cooperation'],
        startDate: '2027-02-15',
        endDate: '2027-02-17',
        country: 'Ethiopia',
        city: 'Addis Ababa',
        place: 'Addis Ababa',
        languages: ['en', 'fr'],
        speakerRequested: 'court_and_secretariat',
      },
    ],
  },
];

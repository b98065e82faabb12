import type { Message } from '../types.ts';

/**
 * What the note verbale ICC-ASP/9/SP/PA/21 asks for in each category, in its own words: paragraph 6(h)
 * of the Plan of Action (6(c) for the Agreement, annex II for experiences and court decisions). The
 * note is in French (guidance.fr.ts quotes it). The 6(h) lines are the Plan of Action's English text, in
 * quotation marks; 6(c) and annex II are rendered in English without them, as they are not quoted
 * verbatim. Another language adds its own file beside these and falls back to English meanwhile.
 */
export const guidanceEn = {
  'guidance.source.6h': 'Plan of Action, paragraph 6(h)({point}), quoted in note verbale ICC-ASP/9/SP/PA/21',
  'guidance.source.6c': 'Plan of Action, paragraph 6(c), annex I of note verbale ICC-ASP/9/SP/PA/21',
  'guidance.source.annex2': 'Annex II of note verbale ICC-ASP/9/SP/PA/21 (resolution ICC-ASP/6/Res.2, annex I)',
  'guidance.obstacle': '“Obstacles States are facing in ratifying or fully implementing the Rome Statute”',
  'guidance.strategy':
    '“National or regional strategies or action plans for promoting ratification and/or full implementation of the Rome Statute”',
  'guidance.assistance': '“Needs assessment and technical and other assistance programmes”',
  'guidance.event': '“Planned events and activities”',
  'guidance.legislation': '“Examples of implementing legislation of the Rome Statute”',
  'guidance.agreement': '“Bilateral cooperation agreements between the Court and States Parties”',
  'guidance.constitutional': '“Solutions to constitutional problems of ratification”',
  'guidance.focal_point':
    '“National focal points for questions concerning the promotion of ratification and full implementation of the Rome Statute”',
  'guidance.apic':
    'Ratification and full implementation of the Agreement on Privileges and Immunities of the International Criminal Court, and promotion of its ratification and implementation by other States not yet party to the Agreement.',
  'guidance.experience':
    'Continue to share successful experiences of ratifying the Statute with States that have similar concerns or face legal obstacles of the same kind.',
  'guidance.court_decision':
    'Continue to share the decisions of their courts or constitutional courts with States that have similar concerns or face legal obstacles of the same kind.',
} as const satisfies Readonly<Record<string, Message>>;

import type { Message } from '../types.ts';

/**
 * English strings of the Assembly's formal documents (the compilation report, the reminder as a note
 * verbale) and of the request form's languages. The documents are written in one language chosen by
 * the Secretariat; their wording follows the Assembly's own documents.
 */
export const formalEn = {
  'formal.request.languages': 'Title and text in the Assembly’s languages',
  'formal.request.languagesHelp':
    'English, French and Spanish are required: the Assembly’s notes verbales go out in these three languages. Arabic, Chinese and Russian are optional.',
  'formal.request.required': '{language} (required)',
  'formal.request.optional': '{language} (optional)',
  'formal.request.title': 'Title ({language})',
  'formal.request.text': 'Text of the request ({language})',
  'formal.request.problem.title': 'The title in {language} is missing.',
  'formal.request.problem.text': 'The text of the request in {language} is missing.',
  'formal.request.moreLanguages': 'Other languages of the Assembly (optional)',
  'formal.request.fallback': 'This request has no version in {wanted}: it is shown in {shown}.',

  'formal.controls.language': 'Language of the document',
  'formal.controls.symbol': 'Document symbol',
  'formal.controls.date': 'Date of the document',
  'formal.controls.print': 'Print or save as PDF',
  'formal.reminder.title': 'Reminder as a note verbale',
  'formal.reminder.intro':
    'A circular note verbale to the addressees that have not answered (or whose answer was returned), in the language you choose. Print it or save it as PDF.',
  'formal.reminder.open': 'Reminder (note verbale)',
  'formal.reminder.nobody': 'Every addressee has answered: there is nobody to remind.',

  'formal.doc.distr': 'Distr.: General',
  'formal.doc.original': 'Original: {language}',
  'formal.doc.assembly': 'Assembly of States Parties',
  'formal.doc.reference': 'Reference: {reference}',
  'formal.doc.placeDate': 'The Hague, {date}',

  'formal.report.title':
    'Compilation of information on the Plan of Action for achieving universality and full implementation of the Rome Statute of the International Criminal Court',
  'formal.report.noteBy': 'Note by the Secretariat',
  'formal.report.contents': 'Contents',
  'formal.report.introduction': 'Introduction',
  'formal.report.intro.request':
    'By note verbale {reference} of {issuedOn}, the Secretariat of the Assembly of States Parties requested States Parties to provide, by {deadline}, information on the promotion of ratification and full implementation of the Rome Statute, in accordance with paragraph 6(h) of the Plan of Action for achieving universality and full implementation of the Rome Statute of the International Criminal Court (resolution ICC-ASP/5/Res.3, annex I).',
  'formal.report.intro.range':
    'The present document compiles the information published by the Secretariat from {from} to {to}, in accordance with paragraph 7 of the Plan of Action for achieving universality and full implementation of the Rome Statute of the International Criminal Court (resolution ICC-ASP/5/Res.3, annex I).',
  'formal.report.intro.clearinghouse':
    'Under paragraph 7 of the Plan of Action, the Secretariat serves as a clearinghouse for information: it collects and compiles the information supplied by States Parties, regional organisations, non-governmental organisations and other entities, and makes it easily and widely accessible.',
  'formal.report.intro.published':
    'The present document reproduces only the information that has been published. Information is made public in full, except for the elements that the State or organisation concerned marked as confidential, which are not included.',
  'formal.report.intro.totals':
    'Number of elements of information reproduced in section III: {items}. Number of States and organisations from which they were received: {entities}.',
  'formal.report.status': 'Status of the Rome Statute, the Agreement on Privileges and Immunities and the amendments',
  'formal.report.status.rome':
    'According to the treaty records as of {asOf}, {parties} States are parties to the Rome Statute (changes entered by the Secretariat since that date: {changes}).',
  'formal.report.status.undetermined':
    'For {count} States the records leave the status undetermined (an undated event); they are counted neither as parties nor as non-parties.',
  'formal.report.status.apic':
    'According to the records as of {asOf}, {parties} States are parties to the Agreement on Privileges and Immunities of the International Criminal Court (changes entered by the Secretariat since that date: {changes}).',
  'formal.report.status.amendments':
    'According to the records as of {asOf}, the amendment to article 8 adopted at Kampala in 2010 is in force for {art8} States, the amendments on the crime of aggression adopted at Kampala in 2010 for {aggression} States, and the amendment to article 124 adopted in 2015 for {art124} States.',
  'formal.report.status.unavailable': 'The treaty records could not be read; this section is incomplete.',
  'formal.report.information': 'Information received',
  'formal.report.category.count': {
    one: 'Information of this kind was received from one State or organisation.',
    other: 'Information of this kind was received from {count} States and organisations.',
  },
  'formal.report.assistance': 'Two-way table of technical assistance',
  'formal.report.annex': 'Responses by regional group',

  'formal.category.obstacle': 'Obstacles faced by States in ratifying or fully implementing the Rome Statute',
  'formal.category.strategy':
    'National or regional strategies or action plans to promote ratification and/or full implementation of the Rome Statute',
  'formal.category.assistance': 'Needs assessment and technical and other assistance programmes',
  'formal.category.event': 'Planned events and activities',
  'formal.category.legislation': 'Examples of implementing legislation of the Rome Statute',
  'formal.category.agreement': 'Bilateral cooperation agreements between the Court and States Parties',
  'formal.category.constitutional': 'Solutions to constitutional problems relating to ratification',
  'formal.category.focal_point':
    'National focal points for issues relating to the promotion of ratification and full implementation of the Rome Statute',
  'formal.category.apic': 'Ratification and implementation of the Agreement on Privileges and Immunities of the Court (paragraph 6(c))',
  'formal.category.experience': 'Successful experiences of ratification (annex II)',
  'formal.category.court_decision': 'Decisions of national courts or constitutional courts (annex II)',

  'formal.note.addressees.all':
    'the Permanent Missions of the States Parties to the Rome Statute of the International Criminal Court to the United Nations',
  'formal.note.addressees.named': 'the Permanent Missions and organisations concerned',
  'formal.note.opening':
    'The Secretariat of the Assembly of States Parties to the Rome Statute of the International Criminal Court presents its compliments to {addressees} and has the honour to refer to its note verbale {reference} of {issuedOn}, by which it requested information, by {deadline}, on the promotion of ratification and full implementation of the Rome Statute, in accordance with paragraph 6(h) of the Plan of Action for achieving universality and full implementation of the Rome Statute.',
  'formal.note.pending':
    'The Secretariat notes that, as of {today}, it has not yet received this information from the States and organisations listed in the annex to the present note. It would be grateful to receive it at the earliest convenience, through the diplomatic channel and, wherever possible, also in digital form through the clearinghouse.',
  'formal.note.public':
    'The Secretariat recalls that the information sent to it will be made public in full, unless the elements of a confidential nature are specifically indicated.',
  'formal.note.closing':
    'The Secretariat of the Assembly of States Parties to the Rome Statute of the International Criminal Court avails itself of this opportunity to renew to {addressees} the assurances of its highest consideration.',
  'formal.note.annex': 'Annex',
  'formal.note.annexTitle': 'States and organisations from which the information has not yet been received',
} satisfies Record<string, Message>;

import type { PluralMessage } from '../types.ts';
import type { formalEn } from './formal.en.ts';

/** Chaînes françaises des documents officiels de l’Assemblée (voir formal.en.ts). */
export const formalFr: { readonly [K in keyof typeof formalEn]: (typeof formalEn)[K] extends string ? string : PluralMessage } = {
  'formal.request.languages': 'Titre et texte dans les langues de l’Assemblée',
  'formal.request.languagesHelp':
    'L’anglais, le français et l’espagnol sont obligatoires : les notes verbales de l’Assemblée sont envoyées dans ces trois langues. L’arabe, le chinois et le russe sont facultatifs.',
  'formal.request.required': '{language} (obligatoire)',
  'formal.request.optional': '{language} (facultatif)',
  'formal.request.title': 'Titre ({language})',
  'formal.request.text': 'Texte de la demande ({language})',
  'formal.request.problem.title': 'Le titre en {language} manque.',
  'formal.request.problem.text': 'Le texte de la demande en {language} manque.',
  'formal.request.moreLanguages': 'Autres langues de l’Assemblée (facultatif)',
  'formal.request.fallback': 'Cette demande n’existe pas en {wanted} : elle est affichée en {shown}.',

  'formal.controls.language': 'Langue du document',
  'formal.controls.symbol': 'Cote du document',
  'formal.controls.date': 'Date du document',
  'formal.controls.print': 'Imprimer ou enregistrer en PDF',
  'formal.reminder.title': 'Rappel sous forme de note verbale',
  'formal.reminder.intro':
    'Une note verbale circulaire aux destinataires qui n’ont pas répondu (ou dont la réponse a été renvoyée), dans la langue de votre choix. Imprimez-la ou enregistrez-la en PDF.',
  'formal.reminder.open': 'Rappel (note verbale)',
  'formal.reminder.nobody': 'Tous les destinataires ont répondu : il n’y a personne à qui adresser un rappel.',

  'formal.doc.distr': 'Distr. : générale',
  'formal.doc.original': 'Original : {language}',
  'formal.doc.assembly': 'Assemblée des États Parties',
  'formal.doc.reference': 'Référence : {reference}',
  'formal.doc.placeDate': 'La Haye, le {date}',

  'formal.report.title':
    'Compilation des informations relatives au Plan d’action pour parvenir à l’universalité et à la mise en œuvre intégrale du Statut de Rome de la Cour pénale internationale',
  'formal.report.noteBy': 'Note du Secrétariat',
  'formal.report.contents': 'Table des matières',
  'formal.report.introduction': 'Introduction',
  'formal.report.intro.request':
    'Par la note verbale {reference} du {issuedOn}, le Secrétariat de l’Assemblée des États Parties a prié les États Parties de lui communiquer, d’ici le {deadline}, des informations sur la promotion de la ratification et de la mise en œuvre intégrale du Statut de Rome, conformément à l’alinéa h) du paragraphe 6 du Plan d’action pour parvenir à l’universalité et à la mise en œuvre intégrale du Statut de Rome de la Cour pénale internationale (résolution ICC-ASP/5/Res.3, annexe I).',
  'formal.report.intro.range':
    'Le présent document rassemble les informations publiées par le Secrétariat du {from} au {to}, conformément au paragraphe 7 du Plan d’action pour parvenir à l’universalité et à la mise en œuvre intégrale du Statut de Rome de la Cour pénale internationale (résolution ICC-ASP/5/Res.3, annexe I).',
  'formal.report.intro.clearinghouse':
    'Aux termes du paragraphe 7 du Plan d’action, le Secrétariat sert de centre d’échange d’informations : il recueille et compile les renseignements fournis par les États Parties, les organisations régionales, les organisations non gouvernementales et autres entités, et veille à ce qu’ils soient facilement et largement accessibles.',
  'formal.report.intro.published':
    'Le présent document ne reproduit que les informations qui ont été publiées. Les informations sont rendues publiques dans leur intégralité, à l’exception des éléments que l’État ou l’organisation concerné a signalés comme confidentiels, qui n’y figurent pas.',
  'formal.report.intro.totals':
    'Nombre d’éléments d’information reproduits dans la section III : {items}. Nombre d’États et d’organisations dont ils émanent : {entities}.',
  'formal.report.status': 'État du Statut de Rome, de l’Accord sur les privilèges et immunités et des amendements',
  'formal.report.status.rome':
    'Selon les données conventionnelles arrêtées au {asOf}, {parties} États sont parties au Statut de Rome (modifications enregistrées depuis par le Secrétariat : {changes}).',
  'formal.report.status.undetermined':
    'Pour {count} États, les données ne permettent pas de déterminer la situation (un événement non daté) : ils ne sont comptés ni parmi les parties ni parmi les non-parties.',
  'formal.report.status.apic':
    'Selon les données arrêtées au {asOf}, {parties} États sont parties à l’Accord sur les privilèges et immunités de la Cour pénale internationale (modifications enregistrées depuis par le Secrétariat : {changes}).',
  'formal.report.status.amendments':
    'Selon les données arrêtées au {asOf}, l’amendement à l’article 8 adopté à Kampala en 2010 est en vigueur à l’égard de {art8} États, les amendements relatifs au crime d’agression adoptés à Kampala en 2010 à l’égard de {aggression} États, et l’amendement à l’article 124 adopté en 2015 à l’égard de {art124} États.',
  'formal.report.status.unavailable': 'Les données conventionnelles n’ont pas pu être lues : cette section est incomplète.',
  'formal.report.information': 'Informations reçues',
  'formal.report.category.count': {
    one: 'Des informations de cette nature ont été reçues d’un État ou d’une organisation.',
    other: 'Des informations de cette nature ont été reçues de {count} États et organisations.',
  },
  'formal.report.assistance': 'Tableau à double entrée de l’assistance technique',
  'formal.report.annex': 'Réponses par groupe régional',

  'formal.category.obstacle':
    'Les obstacles auxquels les États se heurtent pour ratifier ou mettre en œuvre intégralement le Statut de Rome',
  'formal.category.strategy':
    'Les stratégies ou plans d’action nationaux ou régionaux visant à promouvoir la ratification et/ou la mise en œuvre intégrale du Statut de Rome',
  'formal.category.assistance': 'Les programmes d’évaluation des besoins et de fourniture d’une assistance technique et autre',
  'formal.category.event': 'Les événements et activités envisagés',
  'formal.category.legislation': 'Les exemples de textes d’application du Statut de Rome',
  'formal.category.agreement': 'Les accords bilatéraux de coopération entre la Cour et les États Parties',
  'formal.category.constitutional': 'Les solutions aux problèmes d’ordre constitutionnel liés à la ratification',
  'formal.category.focal_point':
    'Les points de contact nationaux concernant les questions ayant trait à la promotion de la ratification et de la mise en œuvre intégrale du Statut de Rome',
  'formal.category.apic':
    'La ratification et la mise en œuvre de l’Accord sur les privilèges et immunités de la Cour (alinéa c) du paragraphe 6)',
  'formal.category.experience': 'Les expériences réussies en ce qui concerne la ratification (annexe II)',
  'formal.category.court_decision': 'Les décisions des tribunaux ou cours constitutionnelles (annexe II)',

  'formal.note.addressees.all':
    'aux Missions permanentes des États Parties au Statut de Rome de la Cour pénale internationale auprès de l’Organisation des Nations Unies',
  'formal.note.addressees.named': 'aux Missions permanentes et organisations concernées',
  'formal.note.opening':
    'Le Secrétariat de l’Assemblée des États Parties au Statut de Rome de la Cour pénale internationale présente ses compliments {addressees} et a l’honneur de se référer à sa note verbale {reference} du {issuedOn}, par laquelle il a demandé que lui soient communiquées, d’ici le {deadline}, des informations sur la promotion de la ratification et de la mise en œuvre intégrale du Statut de Rome, conformément à l’alinéa h) du paragraphe 6 du Plan d’action pour parvenir à l’universalité et à la mise en œuvre intégrale du Statut de Rome.',
  'formal.note.pending':
    'Le Secrétariat constate qu’au {today}, ces informations ne lui sont pas encore parvenues des États et organisations dont la liste figure en annexe à la présente note. Il leur saurait gré de bien vouloir les lui communiquer dans les meilleurs délais, par la voie diplomatique et, dans toute la mesure du possible, également sous forme numérique par le centre d’échange d’informations.',
  'formal.note.public':
    'Le Secrétariat rappelle que les informations qui lui seront adressées seront rendues publiques dans leur intégralité, à moins que ne soient mentionnés précisément les éléments qui présentent un caractère confidentiel.',
  'formal.note.closing':
    'Le Secrétariat de l’Assemblée des États Parties au Statut de Rome de la Cour pénale internationale saisit cette occasion pour renouveler {addressees} les assurances de sa très haute considération.',
  'formal.note.annex': 'Annexe',
  'formal.note.annexTitle': 'États et organisations dont les informations n’ont pas encore été reçues',
};

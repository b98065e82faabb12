import type { Message } from '../types.ts';
import type { monitoringEn } from './monitoring.en.ts';

/** French strings of the Bureau's monitoring views: must hold every key of monitoring.en.ts (type-checked). */
export const monitoringFr: { readonly [K in keyof typeof monitoringEn]: (typeof monitoringEn)[K] extends string ? string : Message } = {
  'mon.asOf': 'Chiffres au {date}.',
  'mon.loading': 'Chargement des chiffres…',
  'mon.failed': 'Les chiffres n’ont pas pu être chargés : {reason}',
  'mon.offlineCopy': 'Hors ligne : chiffres enregistrés le {date}.',
  'mon.showTable': 'Afficher les chiffres sous forme de tableau',
  'mon.parties.title': 'États Parties au Statut de Rome au fil du temps, par groupe régional',
  'mon.parties.caption':
    'États parties à la fin de chaque année (aujourd’hui pour l’année en cours), d’après les données datées au {date} ; modifications saisies depuis par le Secrétariat : {changes}. Un État dont la donnée n’est pas datée est compté à part, ni comme partie ni comme non-partie.',
  'mon.parties.year': 'Année',
  'mon.parties.total': 'Total',
  'mon.parties.undetermined': 'Donnée non datée (non comptée)',
  'mon.apic.title': 'Accord sur les privilèges et immunités (APIC) : couverture parmi les États Parties',
  'mon.apic.group': 'Groupe régional',
  'mon.apic.rome': 'Parties au Statut de Rome',
  'mon.apic.apic': 'Parties à l’APIC',
  'mon.apic.caption': 'Parties à l’APIC enregistrées au {date} ; modifications saisies depuis par le Secrétariat : {changes}.',
  'mon.legislation.title': 'Textes d’application par groupe régional (informations publiées)',
  'mon.legislation.group': 'Groupe régional',
  'mon.legislation.none': 'Aucun texte d’application n’a encore été publié.',
  'mon.obstacles.title': 'Obstacles par nature (informations publiées)',
  'mon.obstacles.kind': 'Nature de l’obstacle',
  'mon.obstacles.none': 'Aucun obstacle n’a encore été publié.',
  'mon.responses.title': 'Réponses aux demandes d’informations, par groupe régional',
  'mon.responses.request': 'Demande',
  'mon.responses.rate': '{responded} sur {addressed} ({rate} %)',
  'mon.responses.none': 'Aucune demande d’informations n’a encore été émise.',
  'mon.chartLabel': 'Graphique : {title}. Les mêmes chiffres figurent dans le tableau ci-dessous.',
};

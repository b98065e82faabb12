import type { Message } from '../types.ts';
import type { exchangesEn } from './exchanges.en.ts';

/** French strings of the assistance exchanges page: must hold every key of exchanges.en.ts (type-checked). */
export const exchangesFr: { readonly [K in keyof typeof exchangesEn]: (typeof exchangesEn)[K] extends string ? string : Message } = {
  'xch.title': 'Échanges d’assistance technique',
  'xch.intro':
    'Enregistrez ce qui est échangé entre les fournisseurs bénévoles de l’assistance technique et leurs destinataires éventuels (tableau à double entrée de l’annexe II de la note verbale ICC-ASP/9/SP/PA/21 : recommandation du Bureau dans le document ICC-ASP/8/23, approuvée par la résolution ICC-ASP/8/Res.3). Les échanges figurent dans le tableau public à double entrée ; les notes restent internes.',
  'xch.suggestions': 'Rapprochements suggérés',
  'xch.suggestionsHelp':
    'Offres et besoins publiés qui partagent un domaine thématique. Le même groupe régional, la même langue ou un partenaire nommé par l’une des parties placent une paire plus haut.',
  'xch.noSuggestions': 'Aucune offre et aucun besoin publiés ne partagent un domaine thématique qui ne soit déjà enregistré.',
  'xch.offer': 'Offre',
  'xch.need': 'Besoin',
  'xch.shared': 'Domaines communs',
  'xch.why': 'Pourquoi',
  'xch.sameRegion': 'même groupe régional',
  'xch.sameLanguage': 'même langue',
  'xch.namedPartner': 'partenaire nommé',
  'xch.record': 'Enregistrer comme proposé',
  'xch.recorded': 'Échanges enregistrés',
  'xch.none': 'Aucun échange n’a encore été enregistré.',
  'xch.provider': 'Fournisseur',
  'xch.recipient': 'Destinataire',
  'xch.area': 'Domaine thématique',
  'xch.status': 'Statut',
  'xch.notes': 'Notes internes',
  'xch.save': 'Enregistrer',
  'xch.remove': 'Supprimer',
  'xch.add': 'Enregistrer un échange',
  'xch.loadFailed': 'Les échanges n’ont pas pu être chargés : {reason}',
  'xch.status.proposed': 'Proposé',
  'xch.status.agreed': 'Convenu',
  'xch.status.under_way': 'En cours',
  'xch.status.completed': 'Achevé',
};

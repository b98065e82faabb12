import type { PluralMessage } from '../types.ts';
import type { deskEn } from './desk.en.ts';

/** French strings of desk.en.ts: must hold every key (type-checked). */
export const deskFr: { readonly [K in keyof typeof deskEn]: (typeof deskEn)[K] extends string ? string : PluralMessage } = {
  'desk.menu': 'Menu de l’espace de travail',

  'desk.work.title': 'Travail en cours',
  'desk.work.pending': 'En attente d’examen',
  'desk.work.pendingNone': 'Aucune communication n’attend d’examen.',
  'desk.work.returned': 'Renvoyées, en attente de l’entité',
  'desk.work.returnedNone': 'Aucune communication n’attend de correction.',
  'desk.work.overdue': 'Demandes en retard',
  'desk.work.overdueNone': 'Aucune demande ouverte n’a dépassé son délai avec des réponses manquantes.',
  'desk.work.dueSoon': 'Délais dans les 14 jours',
  'desk.work.dueSoonNone': 'Aucune demande ouverte n’arrive à échéance dans les 14 jours.',
  'desk.work.published': 'Dernières publications',
  'desk.work.publishedNone': 'Rien n’a encore été publié.',
  'desk.work.waitingSince': 'transmise le {date}',
  'desk.work.returnedSince': 'renvoyée, transmise le {date}',
  'desk.work.daysLate': { one: '{count} jour de retard', other: '{count} jours de retard' },
  'desk.work.daysLeft': { zero: 'échéance aujourd’hui', one: 'échéance dans {count} jour', other: 'échéance dans {count} jours' },
  'desk.work.answers': '{responded} réponses sur {addressed}',
  'desk.work.answersUnknown': 'réponses inconnues hors ligne',
  'desk.work.publishedOn': 'publiée le {date}',
  'desk.work.seeAll': { one: 'La voir dans la boîte de réception', other: 'Voir les {count} dans la boîte de réception' },
  'desk.work.track': 'Suivi des réponses',
  'desk.work.more': { one: 'et {count} autre', other: 'et {count} autres' },
  'desk.work.links': 'Aller à',
  'desk.work.loadFailed': 'Les chiffres des demandes n’ont pas pu être lus : {message}',

  'desk.fresh.auto':
    'Lu sur cet appareil et mis à jour par la synchronisation environ toutes les {seconds} secondes en ligne : une nouvelle transmission ou un renvoi apparaît ici sans recharger la page.',
  'desk.fresh.last': 'Dernière synchronisation à {time}.',
  'desk.fresh.never': 'Pas encore synchronisé sur cet appareil.',

  'desk.inbox.status': 'Statut',
  'desk.inbox.pending': 'En attente d’examen',
  'desk.inbox.request': 'Demande',
  'desk.inbox.from': 'Transmises à partir du',
  'desk.inbox.to': 'Transmises jusqu’au',
  'desk.inbox.clear': 'Effacer les filtres',
  'desk.inbox.shown': { one: '{count} communication affichée sur {total}', other: '{count} communications affichées sur {total}' },

  'desk.pager.previous': 'Page précédente',
  'desk.pager.next': 'Page suivante',
  'desk.pager.rows': 'Lignes {first} à {last} sur {total}',
  'desk.pager.label': 'Pages des destinataires',
};

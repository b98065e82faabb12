import type { PluralMessage } from '../types.ts';
import type { workspaceEn } from './workspace.en.ts';

/** French strings of workspace.en.ts: must hold every key (type-checked). */
export const workspaceFr: { readonly [K in keyof typeof workspaceEn]: (typeof workspaceEn)[K] extends string ? string : PluralMessage } = {
  'sync.label': 'Synchronisation',
  'sync.status.offline': 'Hors ligne',
  'sync.status.syncing': 'Synchronisation…',
  'sync.status.upToDate': 'À jour',
  'sync.status.waiting': { one: '{count} modification en attente', other: '{count} modifications en attente' },
  'sync.status.error': 'Échec de la synchronisation',
  'sync.status.signIn': 'Reconnectez-vous pour synchroniser',
  'sync.status.updateApp': 'Mettez l’application à jour pour synchroniser',
  'sync.status.otherAccount': 'Des modifications d’un autre compte attendent sur cet appareil',
  'sync.status.transmitQueuedOffline': {
    one: 'Transmission en attente — envoyée dès le retour en ligne',
    other: '{count} transmissions en attente — envoyées dès le retour en ligne',
  },
  'sync.status.transmitQueued': {
    one: 'Transmission en attente — envoyée à la prochaine synchronisation',
    other: '{count} transmissions en attente — envoyées à la prochaine synchronisation',
  },
  'sync.progress.file': 'Envoi de {name} : {sent} sur {total}',
  'sync.progress.fileOf': 'fichier {index} sur {count}',
  'sync.progress.changesLeft': {
    zero: 'Plus aucune modification à envoyer',
    one: '{count} modification restant à envoyer',
    other: '{count} modifications restant à envoyer',
  },
  'sync.lastSync': 'Dernière synchronisation : {time}',
  'sync.neverSynced': 'Pas encore synchronisé',
  'sync.now': 'Synchroniser',
  'sync.signInLink': 'Se connecter',
  'sync.reload': 'Mettre à jour',
  'sync.details': 'Détails',
  'sync.reason.offline':
    'Le serveur est injoignable. Votre travail est conservé sur cet appareil et sera envoyé au retour de la connexion.',
  'sync.reason.signIn': 'Votre session a expiré. Reconnectez-vous : rien n’est perdu sur cet appareil.',
  'sync.reason.updateApp':
    'Cette version de l’application est trop ancienne pour se synchroniser avec le serveur. Mettez-la à jour : vos brouillons sont conservés.',
  'sync.reason.otherAccount':
    'Cet appareil contient des modifications d’un autre compte qui n’ont pas encore été envoyées. Connectez-vous avec ce compte pour les envoyer.',
  'sync.reason.server': 'Le serveur n’a pas pu terminer la synchronisation ({code}). Un nouvel essai aura lieu automatiquement.',
  'sync.attention.rejected': { one: '{count} modification refusée', other: '{count} modifications refusées' },
  'sync.attention.conflicts': { one: '{count} conflit à régler', other: '{count} conflits à régler' },
  'sync.attention.transmit': { one: '{count} transmission a échoué', other: '{count} transmissions ont échoué' },

  'install.title': 'Installer l’application',
  'install.intro':
    'Installée, l’application s’ouvre depuis l’écran d’accueil comme les autres, fonctionne hors ligne et conserve ses données.',
  'install.button': 'Installer',
  'install.installed': 'L’application est installée sur cet appareil.',
  'install.iosHint':
    'Sur iPhone et iPad, Safari supprime les données des sites non installés et non ouverts depuis 7 jours. Installez l’application : touchez le bouton Partager, puis « Sur l’écran d’accueil ».',
  'install.unavailable': 'Pour installer, utilisez le menu du navigateur (« Installer l’application » ou « Ajouter à l’écran d’accueil »).',
  'dashboard.draftsSummary': {
    zero: 'Aucun brouillon sur cet appareil.',
    one: '{count} brouillon sur cet appareil.',
    other: '{count} brouillons sur cet appareil.',
  },
  'dashboard.unsentSummary': {
    zero: 'Tout est envoyé.',
    one: '{count} modification pas encore envoyée.',
    other: '{count} modifications pas encore envoyées.',
  },
  'dashboard.openDrafts': 'Ouvrir les brouillons',
  'desk.menu': 'Menu de l’espace de travail',
  'desk.loadFailed': 'La liste de travail n’a pas pu être chargée ({reason}). Rechargez la page pour réessayer.',
};

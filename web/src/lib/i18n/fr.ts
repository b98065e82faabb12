import type { CoreDictionary } from './types.ts';
import { deviceFr } from './features/device.fr.ts';
import { errorsFr } from './features/errors.fr.ts';

/**
 * French core: a working language of the Court, so the dictionary must be complete (type-checked), as
 * must every `features/<name>.fr.ts`.
 */
export const fr = {
  'app.name': 'Centre d’échange d’informations du Plan d’action',
  'app.owner': 'Secrétariat de l’Assemblée des États Parties au Statut de Rome de la Cour pénale internationale',
  'app.skipToContent': 'Aller au contenu principal',
  'app.loading': 'Chargement…',

  'nav.main': 'Principale',
  'nav.workspace': 'Espace de travail',
  'nav.menu': 'Menu',
  'nav.home': 'Accueil',
  'nav.search': 'Recherche',
  'nav.states': 'États',
  'nav.assistance': 'Tableau de l’assistance',
  'nav.events': 'Événements',
  'nav.dashboard': 'Tableau de bord',
  'nav.drafts': 'Brouillons',
  'nav.requests': 'Demandes',
  'nav.inbox': 'Courrier reçu',
  'nav.monitoring': 'Surveillance',
  'nav.settings': 'Paramètres',
  'nav.exchanges': 'Échanges d’assistance',
  'nav.receive': 'Reçu par d’autres voies',
  'nav.treaty': 'Dossiers conventionnels',
  'nav.report': 'Rapport de compilation',
  'nav.accounts': 'Comptes',
  'nav.audit': 'Journal d’audit',

  'language.label': 'Langue',

  'connection.online': 'En ligne',
  'connection.offline': 'Hors ligne',
  'connection.offlineHint': 'Vous êtes hors ligne. Ce qui est enregistré sur cet appareil reste disponible.',

  'auth.signIn': 'Se connecter',
  'auth.signOut': 'Se déconnecter',
  'auth.signedInAs': 'Session ouverte : {email}',
  'auth.signOutFailed':
    'Votre session est fermée sur cet appareil. Le serveur n’a pas pu être prévenu ; il le sera à votre retour en ligne.',

  'roles.focal_point': 'Point de contact national',
  'roles.secretariat': 'Secrétariat',
  'roles.bureau': 'Membre du Bureau',

  'signin.title': 'Connexion',
  'signin.intro':
    'Pour les points de contact nationaux, les contributeurs, le Secrétariat et les membres du Bureau. La consultation du centre d’échange public ne demande aucun compte.',
  'signin.email': 'Adresse électronique',
  'signin.password': 'Mot de passe',
  'signin.submit': 'Se connecter',
  'signin.submitting': 'Connexion en cours…',
  'signin.offline':
    'Vous êtes hors ligne. La connexion nécessite le réseau ; une fois la session ouverte, l’espace de travail s’ouvre aussi hors ligne sur cet appareil.',

  'errors.network': 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
  'errors.invalid-credentials': 'L’adresse électronique ou le mot de passe est incorrect.',
  'errors.too-many-attempts': 'Trop de tentatives. Attendez quelques minutes avant de réessayer.',
  'errors.unexpected': 'Une erreur est survenue. Réessayez ; si elle se reproduit, contactez le Secrétariat.',
  'errors.notFound': 'Cette page n’existe pas.',
  'errors.forbidden': 'Cette page n’est pas accessible à votre rôle.',
  'errors.title': 'Erreur {status}',
  'errors.backHome': 'Aller à la page d’accueil',

  'update.available': 'Mise à jour disponible : une nouvelle version de l’application est prête.',
  'update.reload': 'Recharger',
  'update.later': 'Plus tard',
  'update.offlineReady': 'L’application est prête à fonctionner hors ligne.',
  'update.close': 'Fermer',

  'search.title': 'Recherche',
  'states.title': 'États et organisations',
  'assistance.title': 'Tableau de l’assistance technique',
  'events.title': 'Événements',

  'dashboard.title': 'Tableau de bord',
  'dashboard.signedInAs': 'Session ouverte : {email}',
  'dashboard.role': 'Rôle : {role}',
  'dashboard.entity': 'Entité déclarante : {entity}',
  'dashboard.offline': 'Vous êtes hors ligne. L’espace de travail continue de fonctionner sur cet appareil.',
  'drafts.title': 'Brouillons',
  'drafts.intro': 'Les communications en préparation sur cet appareil et par les collègues de votre entité.',
  'drafts.count': { one: '{count} brouillon', other: '{count} brouillons' },
  'requests.title': 'Demandes de renseignements',
  'requests.intro': 'Les demandes du Secrétariat, avec leurs délais et les catégories de renseignements demandées.',
  'inbox.title': 'Courrier reçu',
  'inbox.intro': 'Les communications transmises au Secrétariat, à accuser, examiner et publier.',
  'monitoring.title': 'Surveillance',
  'monitoring.intro':
    'État des ratifications, situation des textes d’application et obstacles rencontrés par les États, et taux de réponse.',
  'settings.title': 'Paramètres',
  'settings.intro': 'Préférences pour cet appareil.',
  'settings.languageHelp':
    'La langue de l’application sur cet appareil. Les communications gardent la langue dans laquelle elles ont été rédigées.',
  // The shell's sign-out dialog opens on any page: its strings are core too.
  ...deviceFr,
  // An error can appear on any page: the words for the server's error codes are core too.
  ...errorsFr,
} as const satisfies CoreDictionary;

import type { CoreDictionary } from './types.ts';
import { deviceFr } from './features/device.fr.ts';

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
  'nav.monitoring': 'Suivi',
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
  'auth.signedInAs': 'Connecté·e en tant que {email}',
  'auth.signOutFailed': 'Vous êtes déconnecté·e sur cet appareil. Le serveur n’a pas pu être prévenu ; il le sera à votre retour en ligne.',

  'roles.focal_point': 'Point focal',
  'roles.secretariat': 'Secrétariat',
  'roles.bureau': 'Membre du Bureau',

  'signin.title': 'Connexion',
  'signin.intro':
    'Pour les points focaux nationaux, les contributeurs, le Secrétariat et les membres du Bureau. La consultation du centre d’échange public ne demande aucun compte.',
  'signin.email': 'Adresse électronique',
  'signin.password': 'Mot de passe',
  'signin.submit': 'Se connecter',
  'signin.submitting': 'Connexion en cours…',
  'signin.offline':
    'Vous êtes hors ligne. La connexion nécessite le réseau ; une fois connecté·e, l’espace de travail s’ouvre aussi hors ligne sur cet appareil.',

  'errors.network': 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
  'errors.invalid-credentials': 'L’adresse électronique ou le mot de passe est incorrect.',
  'errors.too-many-attempts': 'Trop de tentatives. Attendez quelques minutes avant de réessayer.',
  'errors.unexpected': 'Une erreur est survenue. Réessayez ; si elle se reproduit, contactez le Secrétariat.',
  'errors.notFound': 'Cette page n’existe pas.',
  'errors.forbidden': 'Cette page n’est pas accessible à votre rôle.',
  'errors.title': 'Erreur {status}',
  'errors.backHome': 'Aller à la page d’accueil',

  'update.available': 'Mise à jour disponible : une nouvelle version de l’application est prête.',
  'update.reload': 'Recharger',
  'update.later': 'Plus tard',
  'update.offlineReady': 'L’application est prête à fonctionner hors ligne.',
  'update.close': 'Fermer',

  'categories.obstacle': 'Obstacles à la ratification ou à la mise en œuvre intégrale',
  'categories.strategy': 'Stratégies et plans d’action nationaux ou régionaux',
  'categories.assistance': 'Évaluation des besoins et programmes d’assistance',
  'categories.event': 'Manifestations et activités prévues',
  'categories.legislation': 'Législation de mise en œuvre',
  'categories.agreement': 'Accords de coopération avec la Cour',
  'categories.constitutional': 'Solutions aux problèmes constitutionnels de ratification',
  'categories.focal_point': 'Points focaux nationaux',
  'categories.apic': 'Accord sur les privilèges et immunités de la Cour',
  'categories.experience': 'Expériences de ratification',
  'categories.court_decision': 'Décisions des juridictions nationales',

  'home.title': 'Centre d’échange d’informations du Plan d’action',
  'home.lead':
    'Le Secrétariat de l’Assemblée des États Parties soutient les efforts déployés par les États pour promouvoir l’universalité et la mise en œuvre intégrale du Statut de Rome en servant de centre d’échange d’informations.',
  'home.collect':
    'Il recueille et compile les renseignements fournis par les États Parties, les organisations régionales, les organisations non gouvernementales et les autres entités qui œuvrent pour l’universalité et la mise en œuvre intégrale du Statut.',
  'home.share':
    'Il veille à ce que ces renseignements soient facilement et largement accessibles aux États intéressés et à d’autres, et à ce qu’ils soient amplement diffusés. Les informations sont rendues publiques dans leur intégralité, sauf les éléments expressément signalés comme confidentiels par l’État ou l’organisation qui les a envoyés.',
  'home.categoriesTitle': 'Ce que contient le centre d’échange',
  'home.figuresTitle': 'Chiffres clés',
  'home.figures.entities': { one: '{count} État ou organisation', other: '{count} États et organisations' },
  'home.figures.items': { one: '{count} élément publié', other: '{count} éléments publiés' },
  'home.latestTitle': 'Dernières publications',
  'home.latestEmpty': 'Rien n’a encore été publié.',
  'home.unavailable': 'Ces chiffres n’ont pas pu être chargés : {reason}',

  'search.title': 'Recherche',
  'search.intro':
    'Recherchez dans tout ce que les États et les organisations ont publié : législation, stratégies, obstacles, assistance, manifestations et plus encore.',
  'states.title': 'États et organisations',
  'states.intro': 'Les États Parties au Statut de Rome, par groupe régional, avec ce que chacun a publié.',
  'assistance.title': 'Tableau de l’assistance technique',
  'assistance.intro':
    'Un tableau à double entrée des informations échangées entre les fournisseurs volontaires d’assistance technique et les bénéficiaires potentiels.',
  'events.title': 'Événements',
  'events.intro': 'Séminaires, conférences, formations et activités de sensibilisation prévus par les États et les organisations.',

  'dashboard.title': 'Tableau de bord',
  'dashboard.signedInAs': 'Connecté·e en tant que {email}',
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
  'monitoring.title': 'Suivi',
  'monitoring.intro':
    'État des ratifications, de la législation de mise en œuvre et des obstacles rencontrés par les États, et taux de réponse.',
  'settings.title': 'Paramètres',
  'settings.intro': 'Préférences pour cet appareil.',
  'settings.languageHelp':
    'La langue de l’application sur cet appareil. Les communications gardent la langue dans laquelle elles ont été rédigées.',
  // The shell's sign-out dialog opens on any page: its strings are core too.
  ...deviceFr,
} as const satisfies CoreDictionary;

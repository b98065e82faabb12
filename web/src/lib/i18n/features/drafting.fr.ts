import type { PluralMessage } from '../types.ts';
import type { draftingEn } from './drafting.en.ts';

/** French strings of the drafting feature: must hold every key of drafting.en.ts (type-checked). */
export const draftingFr: { readonly [K in keyof typeof draftingEn]: (typeof draftingEn)[K] extends string ? string : PluralMessage } = {
  'submissionStatus.draft': 'Brouillon',
  'submissionStatus.transmitted': 'Transmise',
  'submissionStatus.acknowledged': 'Accusé de réception',
  'submissionStatus.published': 'Publiée',

  'form.noAnswer': '— Pas de réponse —',
  'form.yes': 'Oui',
  'form.no': 'Non',
  'form.onePerLine': 'Un par ligne.',
  'form.articlesHelp': 'Numéros d’articles séparés par des virgules, par exemple 7, 8, 8bis.',
  'form.entityAdd': 'Ajouter',
  'form.entityRemove': 'Retirer {name}',
  'form.entityPlaceholder': 'Saisissez un nom ou un code',
  'form.entityUnknown': 'Aucun État ni aucune organisation ne correspond à « {text} ».',
  'form.characters': '{count} caractères',
  'form.invalid': 'Non enregistré : {message}',

  'confidential.label': 'Confidentiel',
  'confidential.element': 'Élément confidentiel : jamais publié',
  'confidential.elementHelp': 'Le Secrétariat le voit ; le public jamais.',
  'confidential.field': 'Garder ce champ confidentiel',
  'confidential.fieldOn': 'Champ confidentiel : non publié',
  'confidential.print': 'CONFIDENTIEL',

  'save.saved': 'Enregistré sur cet appareil',
  'save.saving': 'Enregistrement…',
  'save.unsent': { one: '{count} modification pas encore envoyée', other: '{count} modifications pas encore envoyées' },
  'save.allSent': 'Tout est envoyé',
  'save.failed': 'Non enregistré : {reason}',
  'save.retry': 'Réessayer',

  'quota.title': 'L’espace de stockage de cet appareil est plein',
  'quota.body':
    'La dernière modification n’a pas pu être enregistrée. Tout ce qui a été enregistré avant est en sécurité. Libérez de l’espace (supprimez de gros fichiers ou les données d’autres sites dans les réglages du navigateur), retirez de grosses pièces jointes ou exportez vos brouillons dans un fichier, puis réessayez.',
  'quota.export': 'Exporter mes brouillons',

  'drafts.new': 'Nouveau brouillon',
  'drafts.newTitle': 'Commencer un nouveau brouillon',
  'drafts.newFor': 'En réponse à la demande',
  'drafts.noRequest': 'Aucune demande : informations envoyées de notre propre initiative',
  'drafts.requestsUnavailable': 'La liste des demandes n’est pas encore sur cet appareil ; elle est chargée quand vous êtes en ligne.',
  'drafts.draftTitle': 'Titre de la communication',
  'drafts.language': 'Langue de la communication',
  'drafts.create': 'Créer le brouillon',
  'drafts.existing': 'Un brouillon répond déjà à cette demande : il a été ouvert.',
  'drafts.search': 'Rechercher dans les brouillons',
  'drafts.filterStatus': 'État',
  'drafts.filterAll': 'Tous',
  'drafts.empty': 'Aucun brouillon. Commencez-en un avec « Nouveau brouillon ».',
  'drafts.noMatch': 'Aucun brouillon ne correspond à la recherche.',
  'drafts.untitled': 'Brouillon sans titre',
  'drafts.lastChange': 'Dernière modification le {date}',
  'drafts.elements': { zero: 'Aucun élément', one: '{count} élément', other: '{count} éléments' },
  'drafts.request': 'Demande {reference}',
  'drafts.freeDraft': 'Envoyé de notre propre initiative',
  'drafts.notForRole': 'La rédaction est réservée aux points de contact et contributeurs d’une entité.',
  'drafts.otherUser':
    'Les données de cet appareil appartiennent à un autre compte. Elles ne sont pas affichées ; elles seront effacées à la prochaine synchronisation.',
  'drafts.notFound': 'Ce brouillon n’est pas sur cet appareil.',
  'drafts.back': 'Tous les brouillons',
  'drafts.list': 'Brouillons sur cet appareil',

  'editor.sections': 'Sections',
  'editor.titleLabel': 'Titre de la communication',
  'editor.entity': 'Entité',
  'editor.request': 'Demande',
  'editor.add': 'Ajouter un élément',
  'editor.addIn': 'Ajouter un élément à « {category} »',
  'editor.noElements': 'Aucun élément dans cette catégorie.',
  'editor.elementUntitled': 'Élément sans titre',
  'editor.expand': 'Modifier',
  'editor.collapse': 'Fermer',
  'editor.moveUp': 'Monter',
  'editor.moveDown': 'Descendre',
  'editor.delete': 'Supprimer',
  'editor.deleted': 'Élément supprimé.',
  'editor.undo': 'Annuler',
  'editor.moved': 'Élément déplacé en position {position}.',
  'editor.print': 'Imprimer ou enregistrer en PDF',
  'editor.preview': 'Ce qui sera public',
  'editor.hidePreview': 'Masquer l’aperçu public',
  'editor.readOnly': 'Cette communication n’est plus un brouillon : elle ne peut plus être modifiée.',
  'editor.elementActions': 'Actions pour « {title} »',

  'attachments.add': 'Joindre un fichier',
  'attachments.help': 'PDF, Word, texte OpenDocument ou image ; 25 Mo au plus par fichier.',
  'attachments.open': 'Ouvrir',
  'attachments.remove': 'Retirer',
  'attachments.tooLarge': '« {name} » pèse {size} : 25 Mo au plus par fichier. Compressez-le ou divisez-le en plusieurs parties.',
  'attachments.refusedType':
    '« {name} » ne peut pas être joint : seuls les PDF, Word (.doc, .docx), textes OpenDocument (.odt) et images (PNG, JPEG, GIF, WebP) sont acceptés.',
  'attachments.empty': '« {name} » est vide.',
  'attachments.missing': 'Le fichier n’est pas encore sur cet appareil.',
  'attachments.adding': 'Ajout de {name}…',

  'preview.title': 'Ce qui sera public',
  'preview.intro':
    'Exactement ce que le public verrait une fois la communication publiée par le Secrétariat : les éléments et champs confidentiels en sont exclus.',
  'preview.hiddenElements': {
    zero: 'Aucun élément n’est confidentiel.',
    one: '{count} élément confidentiel est exclu.',
    other: '{count} éléments confidentiels sont exclus.',
  },
  'preview.nothing': 'Rien dans cette catégorie ne serait public.',

  'print.entity': 'Entité',
  'print.request': 'Demande',
  'print.date': 'Date',
  'print.none': 'Informations envoyées à l’initiative de l’entité',
  'print.confidentialNote': 'Les éléments et champs marqués CONFIDENTIEL ne doivent pas être rendus publics.',
  'print.attachments': 'Pièces jointes',

  'storage.title': 'Stockage sur cet appareil',
  'storage.persistent': 'Le stockage est persistant : le navigateur ne supprimera pas vos brouillons pour libérer de l’espace.',
  'storage.notPersistent':
    'Le stockage n’est pas persistant : le navigateur peut supprimer vos brouillons si l’appareil manque d’espace. Installez l’application ou exportez régulièrement vos brouillons.',
  'storage.askPersist': 'Demander à conserver mes données',
  'storage.unknown': 'Ce navigateur n’indique pas l’espace utilisé.',
  'storage.usage': '{used} utilisés sur {quota} disponibles ({percent} %).',
  'storage.warning':
    'Le stockage est plein à plus de 80 %. Exportez vos brouillons et retirez les grosses pièces jointes avant qu’il soit saturé.',
  'storage.refresh': 'Actualiser',

  'transfer.title': 'Exporter et importer',
  'transfer.intro':
    'Gardez une copie de vos brouillons dans un fichier, ou transportez-les sur un autre appareil (par exemple sur une clé USB). Fonctionne hors ligne.',
  'transfer.export': 'Exporter mes brouillons',
  'transfer.import': 'Importer des brouillons depuis un fichier',
  'transfer.exported': { one: '{count} brouillon exporté.', other: '{count} brouillons exportés.' },
  'transfer.imported':
    'Importé : {drafts} brouillons, {items} éléments, {files} fichiers. Les enregistrements existants ont été conservés.',
  'transfer.invalid': 'Ce fichier n’est pas un export de brouillons du centre d’échange.',
  'transfer.otherEntity': 'Ce fichier contient des brouillons d’une autre entité ; ils n’ont pas été importés.',

  'install.title': 'Installer l’application',
  'install.intro':
    'Installée, l’application s’ouvre depuis l’écran d’accueil comme les autres, fonctionne hors ligne et conserve ses données.',
  'install.button': 'Installer',
  'install.installed': 'L’application est installée sur cet appareil.',
  'install.iosHint':
    'Sur iPhone et iPad, Safari supprime les données des sites non installés et non ouverts depuis 7 jours. Installez l’application : touchez le bouton Partager, puis « Sur l’écran d’accueil ».',
  'install.unavailable': 'Pour installer, utilisez le menu du navigateur (« Installer l’application » ou « Ajouter à l’écran d’accueil »).',

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
};

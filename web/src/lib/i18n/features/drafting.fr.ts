import type { PluralMessage } from '../types.ts';
import type { draftingEn } from './drafting.en.ts';

/** French strings of the drafting feature: must hold every key of drafting.en.ts (type-checked). */
export const draftingFr: { readonly [K in keyof typeof draftingEn]: (typeof draftingEn)[K] extends string ? string : PluralMessage } = {
  'submissionStatus.draft': 'Brouillon',
  'submissionStatus.transmitted': 'Transmise',
  'submissionStatus.acknowledged': 'Accusé de réception',
  'submissionStatus.published': 'Publiée',
  'drafts.returned': 'Renvoyée pour correction',

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
  'form.kept': 'Conservé sur cet appareil tel que saisi, pas encore envoyé : {message}',
  'form.refused.articles': 'indiquez des numéros d’articles du Statut de Rome (1 à 128) séparés par des virgules, par exemple 7, 8, 8bis.',
  'form.refused.articleRanges':
    'indiquez des numéros d’articles du Statut de Rome (1 à 128) séparés par des virgules ; une plage va du plus petit au plus grand article, par exemple 7, 8bis, 86-102.',
  'form.refused.url': 'indiquez une adresse web complète commençant par https:// ou http://, par exemple https://www.example.org/loi.pdf.',
  'form.refused.email': 'indiquez une adresse électronique, par exemple nom@ministere.example.',
  'form.refused.phone': 'indiquez un numéro de téléphone avec des chiffres, des espaces et + ( ) - seulement, par exemple +31 70 515 8376.',
  'form.refused.date': 'choisissez une date dans le calendrier, ou écrivez-la sous la forme année-mois-jour.',
  'form.refused.text': 'ce texte est trop long pour ce champ : raccourcissez-le.',
  'form.refused.longtext': 'ce texte est trop long (200 000 caractères au plus) : divisez-le ou joignez-le comme fichier.',
  'form.refused.stringList': 'une des lignes est trop longue, ou il y a plus de 200 lignes.',
  'form.refused.other': 'cette valeur ne peut pas être acceptée ici.',
  'form.heldCount': {
    one: '{count} champ à corriger : il est conservé sur cet appareil et sera envoyé une fois corrigé.',
    other: '{count} champs à corriger : ils sont conservés sur cet appareil et seront envoyés une fois corrigés.',
  },

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
  'editor.restored': 'Élément rétabli.',
  'editor.moved': 'Élément déplacé en position {position}.',
  'editor.print': 'Imprimer ou enregistrer en PDF',
  'editor.preview': 'Ce qui sera public',
  'editor.hidePreview': 'Masquer l’aperçu public',
  'editor.readOnly': 'Cette communication n’est plus un brouillon : elle ne peut plus être modifiée.',
  'editor.elementActions': 'Actions pour « {title} »',
  'editor.rule.date-order':
    '{field} est antérieure à {other} : la fin ne peut précéder le début. Corrigez l’une des dates avant la transmission.',
  'editor.rule.resolved-date-without-resolution':
    'L’obstacle est marqué ouvert mais a une {field} : marquez-le résolu, ou retirez la date.',

  'transmit.title': 'Transmettre au Secrétariat',
  'transmit.help':
    'Lorsque le brouillon est complet, transmettez-le. Il ne pourra plus être modifié ici, sauf si le Secrétariat le renvoie pour correction. Hors ligne, il part à la prochaine synchronisation.',
  'transmit.start': 'Transmettre…',
  'transmit.confirm': 'Une fois transmise, cette communication ne pourra plus être modifiée ici. La transmettre maintenant ?',
  'transmit.now': 'Transmettre maintenant',
  'transmit.notYet': 'Pas encore',
  'transmit.queued': 'Transmission en cours : vos modifications partent d’abord, puis la communication.',
  'transmit.queuedOffline':
    'Transmission en attente : elle partira au Secrétariat, après vos modifications, dès que cet appareil sera en ligne.',
  'transmit.cancel': 'Annuler la transmission',
  'transmit.failed': 'La transmission a échoué : {reason} Vous pouvez corriger le brouillon et le transmettre à nouveau.',
  'transmit.untitled': {
    one: '{count} élément n’a pas de titre : donnez un titre à chaque élément, puis transmettez.',
    other: '{count} éléments n’ont pas de titre : donnez un titre à chaque élément, puis transmettez.',
  },
  'transmit.outOfOrder': {
    one: '{count} élément a des dates dans le désordre (une fin avant son début) : corrigez-le, puis transmettez.',
    other: '{count} éléments ont des dates dans le désordre (une fin avant leur début) : corrigez-les, puis transmettez.',
  },
  'transmit.summaryTitle': 'Ce que vous allez transmettre',
  'transmit.summaryConfidential':
    'Confidentiel : {elements} éléments entiers et {fields} champs dans des éléments publics (le Secrétariat les voit ; le public jamais).',
  'transmit.summaryFiles': { zero: 'Aucun fichier joint.', one: '{count} fichier joint.', other: '{count} fichiers joints.' },
  'transmit.summaryEmpty': 'Rien dans : {categories}.',
  'transmit.returned': 'Le Secrétariat a renvoyé cette communication pour correction :',

  'attachments.add': 'Joindre un fichier',
  'attachments.help': 'PDF, Word, texte OpenDocument ou image ; 25 Mo au plus par fichier.',
  'attachments.open': 'Ouvrir',
  'attachments.remove': 'Retirer',
  'attachments.tooLarge': '« {name} » pèse {size} : 25 Mo au plus par fichier. Compressez-le ou divisez-le en plusieurs parties.',
  'attachments.refusedType':
    '« {name} » ne peut pas être joint : seuls les PDF, Word (.doc, .docx), textes OpenDocument (.odt) et images (PNG, JPEG, GIF, WebP) sont acceptés.',
  'attachments.empty': '« {name} » est vide.',
  'attachments.download': 'Télécharger sur cet appareil',
  'attachments.downloading': 'Téléchargement : {received} sur {total}',
  'attachments.downloadOffline':
    '« {name} » n’est pas encore sur cet appareil, et il n’y a pas de connexion : il pourra être téléchargé une fois en ligne.',
  'attachments.downloadFailed':
    '« {name} » n’a pas pu être téléchargé. Réessayez plus tard ; si l’échec persiste, demandez à la personne qui l’a joint de le joindre à nouveau.',
  'attachments.keepOffline': 'Garder toutes les pièces jointes de ce projet sur cet appareil',
  'attachments.keepOfflineHelp':
    '{present} fichiers sur {total} sont sur cet appareil. Les autres sont téléchargés dès que vous êtes en ligne.',
  'attachments.adding': 'Ajout de {name}…',

  'preview.title': 'Ce qui sera public',
  'preview.intro':
    'Exactement ce que le public verrait une fois la communication publiée par le Secrétariat : les éléments et champs confidentiels en sont exclus.',
  'preview.hiddenElements': {
    zero: 'Aucun élément n’est confidentiel.',
    one: '{count} élément confidentiel est exclu.',
    other: '{count} éléments confidentiels sont exclus.',
  },
  'preview.hiddenFields': {
    zero: 'Aucun champ confidentiel n’est retenu.',
    one: '{count} champ confidentiel est retenu dans les éléments publics.',
    other: '{count} champs confidentiels sont retenus dans les éléments publics.',
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
  'transfer.protect': 'Protéger le fichier par une phrase secrète',
  'transfer.protectWhy':
    'Vos projets contiennent des parties confidentielles : quiconque trouve un fichier non protégé (une clé USB perdue) peut les lire.',
  'transfer.passphrase': 'Phrase secrète',
  'transfer.passphraseRepeat': 'La même phrase secrète, à nouveau',
  'transfer.passphraseHelp': 'L’import la demande. Sans elle, personne ne peut ouvrir le fichier : conservez-la à part.',
  'transfer.passphraseShort': 'La phrase secrète doit compter au moins {count} caractères.',
  'transfer.passphraseMismatch': 'Les deux phrases secrètes diffèrent.',
  'transfer.exportedProtected': {
    one: '{count} projet exporté, protégé par votre phrase secrète.',
    other: '{count} projets exportés, protégés par votre phrase secrète.',
  },
  'transfer.importPassphrase': 'Ce fichier est protégé : sa phrase secrète',
  'transfer.open': 'Ouvrir et importer',
  'transfer.cancelImport': 'Annuler',
  'transfer.wrongPassphrase':
    'Cette phrase secrète n’ouvre pas le fichier. Rien n’a été importé. Vérifiez-la (les majuscules comptent) et réessayez.',
};

import type { PluralMessage } from '../types.ts';
import type { receiveEn } from './receive.en.ts';

/** French strings of the "information received by other channels" page: must hold every key of receive.en.ts (type-checked). */
export const receiveFr: { readonly [K in keyof typeof receiveEn]: (typeof receiveEn)[K] extends string ? string : PluralMessage } = {
  'receive.title': 'Informations reçues par d’autres voies',
  'receive.intro':
    'Importez un fichier exporté par l’application d’un point de contact, ou saisissez une communication reçue sur papier. Ce qui est enregistré ici arrive comme transmis, prêt à être examiné.',
  'receive.offline': 'Vous êtes hors ligne. L’import et l’enregistrement nécessitent une connexion au serveur.',
  'receive.noRequest': 'Aucune demande (envoi à l’initiative de l’entité)',
  'receive.untitled': 'Communication sans titre',

  'receive.file.title': 'Importer le fichier d’un point de contact',
  'receive.file.intro':
    'Le fichier qu’un point de contact a enregistré avec « Exporter mes brouillons » (un fichier .json), remis sur une clé USB ou par courriel. Les enregistrements que le centre d’échange possède déjà sont reconnus et laissés tels quels : importer deux fois le même fichier ne crée rien la seconde fois.',
  'receive.file.choose': 'Fichier exporté (.json)',
  'receive.file.dropHint': 'Ou déposez le fichier sur cette zone.',
  'receive.file.notExport':
    '« {name} » n’est pas un fichier exporté par l’application du centre d’échange (ou il est endommagé). Rien n’a été lu.',
  'receive.file.import': 'Importer dans le centre d’échange',
  'receive.file.open': 'Ouvrir le fichier',
  'receive.file.importing': 'Import en cours…',

  'receive.preview.title': 'Contenu de {name}',
  'receive.preview.entity': 'Entité déclarante',
  'receive.preview.exportedAt': 'Exporté le',
  'receive.preview.attachmentsTotal': 'Fichiers joints',
  'receive.preview.files': { zero: 'Aucun fichier', one: '{count} fichier ({size})', other: '{count} fichiers ({size} au total)' },
  'receive.preview.request': 'Demande : {request}',
  'receive.preview.language': 'Langue : {language}',
  'receive.preview.elements': { zero: 'Aucun élément', one: '{count} élément :', other: '{count} éléments :' },
  'receive.preview.attachments': 'Fichiers joints',
  'receive.preview.fileName': 'Nom',
  'receive.preview.fileType': 'Type',
  'receive.preview.fileSize': 'Taille',
  'receive.preview.known':
    'On ne sait quels enregistrements le centre d’échange possède déjà qu’une fois que le serveur a répondu : il indique alors ce qu’il a créé et ce qu’il a ignoré.',

  'receive.outcome.title': 'Réponse du serveur',
  'receive.outcome.createdSubmissions': {
    zero: 'Aucune nouvelle communication',
    one: '{count} nouvelle communication',
    other: '{count} nouvelles communications',
  },
  'receive.outcome.createdItems': { zero: 'Aucun nouvel élément', one: '{count} nouvel élément', other: '{count} nouveaux éléments' },
  'receive.outcome.files': { zero: 'Aucun fichier enregistré', one: '{count} fichier enregistré', other: '{count} fichiers enregistrés' },
  'receive.outcome.skippedSubmissions': {
    zero: 'Aucune communication déjà présente',
    one: '{count} communication déjà présente (ignorée)',
    other: '{count} communications déjà présentes (ignorées)',
  },
  'receive.outcome.skippedItems': {
    zero: 'Aucun élément déjà présent',
    one: '{count} élément déjà présent (ignoré)',
    other: '{count} éléments déjà présents (ignorés)',
  },
  'receive.outcome.nothingNew': 'Rien de nouveau : le centre d’échange avait déjà tous les enregistrements de ce fichier.',
  'receive.outcome.received': 'Les communications reçues figurent dans le courrier reçu comme transmises.',
  'receive.outcome.review': 'Examiner « {title} »',

  'receive.error.invalid': 'Rien n’a été importé : certains enregistrements ne sont pas valides.',
  'receive.error.fields': { one: 'Le serveur a signalé {count} champ :', other: 'Le serveur a signalé {count} champs :' },
  'receive.error.tooLarge': 'Rien n’a été importé : le fichier est trop volumineux pour le serveur (150 Mio au plus au total).',
  'receive.error.forbidden':
    'Seul le Secrétariat peut enregistrer des informations reçues par d’autres voies. Reconnectez-vous si votre session a expiré.',

  'receive.paper.title': 'Saisir une communication reçue sur papier',
  'receive.paper.intro':
    'Une note verbale ou une lettre reçue par la poste ou remise en main propre : choisissez l’entité dont elle émane, saisissez ses éléments et joignez le document original.',
  'receive.paper.entity': 'Entité déclarante',
  'receive.paper.chooseEntity': 'Choisissez une entité…',
  'receive.paper.entitiesLoading': 'La liste des entités est en cours de chargement.',
  'receive.paper.request': 'En réponse à la demande (facultatif)',
  'receive.paper.submissionTitle': 'Titre de la communication',
  'receive.paper.language': 'Langue du document',
  'receive.paper.elements': 'Éléments',
  'receive.paper.element': 'Élément {number}',
  'receive.paper.category': 'Catégorie',
  'receive.paper.addElement': 'Ajouter un élément',
  'receive.paper.removeElement': 'Supprimer l’élément {number}',
  'receive.paper.original': 'Document original (PDF, Word, OpenDocument ou image)',
  'receive.paper.originalHint': '{max} au plus. Il est joint au premier élément.',
  'receive.paper.reading': 'Lecture du document…',
  'receive.paper.originalReady': '{name} ({size}) sera joint.',
  'receive.paper.removeOriginal': 'Retirer le document',
  'receive.paper.tooLarge': '« {name} » fait {size} : un document ne peut dépasser {max}.',
  'receive.paper.empty': '« {name} » est vide.',
  'receive.paper.refusedType': '« {name} » n’est pas un fichier PDF, Word, OpenDocument ou image.',
  'receive.paper.problems': 'Avant d’enregistrer :',
  'receive.paper.needEntity': 'choisissez l’entité dont émane la communication ;',
  'receive.paper.needElement': 'ajoutez au moins un élément ;',
  'receive.paper.needTitle': 'donnez un titre à l’élément {number}.',
  'receive.paper.submit': 'Enregistrer la communication',
  'receive.paper.sending': 'Enregistrement…',
  'receive.paper.done': 'Communication enregistrée',
};

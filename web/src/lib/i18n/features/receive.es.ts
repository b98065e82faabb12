import type { PluralMessage } from '../types.ts';
import type { receiveEn } from './receive.en.ts';

/** Spanish strings of receive.en.ts: must hold every key (type-checked). */
export const receiveEs: { readonly [K in keyof typeof receiveEn]: (typeof receiveEn)[K] extends string ? string : PluralMessage } = {
  'receive.title': 'Información recibida por otras vías',
  'receive.intro':
    'Importe un archivo exportado por la aplicación de un punto focal, o introduzca una comunicación recibida en papel. Lo que se registra aquí llega como transmitido, listo para su examen.',
  'receive.offline': 'No hay conexión. Para importar y registrar se necesita conexión con el servidor.',
  'receive.noRequest': 'Sin solicitud (enviada por iniciativa propia de la entidad)',
  'receive.untitled': 'Comunicación sin título',

  'receive.file.title': 'Importar el archivo de un punto focal',
  'receive.file.intro':
    'El archivo que un punto focal guardó con “Exportar mis borradores” (un archivo .json), entregado en una memoria USB o por correo electrónico. Los registros que el centro de intercambio de información ya tiene se reconocen y se dejan como están: importar dos veces el mismo archivo no crea nada la segunda vez.',
  'receive.file.choose': 'Archivo exportado (.json)',
  'receive.file.dropHint': 'O suelte el archivo en esta zona.',
  'receive.file.notExport':
    '“{name}” no es un archivo exportado por la aplicación del centro de intercambio de información (o está dañado). No se leyó nada.',
  'receive.file.import': 'Importar al centro de intercambio de información',
  'receive.file.open': 'Abrir el archivo',
  'receive.file.importing': 'Importando…',

  'receive.preview.title': 'Contenido de {name}',
  'receive.preview.entity': 'Entidad informante',
  'receive.preview.exportedAt': 'Exportado el',
  'receive.preview.attachmentsTotal': 'Archivos adjuntos',
  'receive.preview.files': {
    zero: 'Ningún archivo',
    one: '{count} archivo ({size})',
    other: '{count} archivos ({size} en total)',
  },
  'receive.preview.request': 'Solicitud: {request}',
  'receive.preview.language': 'Idioma: {language}',
  'receive.preview.elements': { zero: 'Ningún elemento', one: '{count} elemento:', other: '{count} elementos:' },
  'receive.preview.attachments': 'Archivos adjuntos',
  'receive.preview.fileName': 'Nombre',
  'receive.preview.fileType': 'Tipo',
  'receive.preview.fileSize': 'Tamaño',
  'receive.preview.known':
    'Qué registros de estos ya tiene el centro de intercambio de información solo se sabe cuando responde el servidor: entonces indica lo que creó y lo que omitió.',

  'receive.outcome.title': 'Respuesta del servidor',
  'receive.outcome.createdSubmissions': {
    zero: 'Ninguna comunicación nueva',
    one: '{count} comunicación nueva',
    other: '{count} comunicaciones nuevas',
  },
  'receive.outcome.createdItems': { zero: 'Ningún elemento nuevo', one: '{count} elemento nuevo', other: '{count} elementos nuevos' },
  'receive.outcome.files': {
    zero: 'Ningún archivo guardado',
    one: '{count} archivo guardado',
    other: '{count} archivos guardados',
  },
  'receive.outcome.skippedSubmissions': {
    zero: 'Ninguna comunicación ya existente',
    one: '{count} comunicación ya existente (omitida)',
    other: '{count} comunicaciones ya existentes (omitidas)',
  },
  'receive.outcome.skippedItems': {
    zero: 'Ningún elemento ya existente',
    one: '{count} elemento ya existente (omitido)',
    other: '{count} elementos ya existentes (omitidos)',
  },
  'receive.outcome.nothingNew': 'Nada nuevo: el centro de intercambio de información ya tenía todos los registros de este archivo.',
  'receive.outcome.received': 'Las comunicaciones recibidas están en la bandeja de entrada como transmitidas.',
  'receive.outcome.review': 'Examinar “{title}”',

  'receive.error.invalid': 'No se importó nada: algunos registros no son válidos.',
  'receive.error.fields': { one: 'El servidor indicó {count} campo:', other: 'El servidor indicó {count} campos:' },
  'receive.error.tooLarge': 'No se importó nada: el archivo es demasiado grande para el servidor (150 MiB como máximo en total).',
  'receive.error.forbidden':
    'Solo la Secretaría puede registrar información recibida por otras vías. Inicie sesión de nuevo si su sesión ha finalizado.',

  'receive.paper.title': 'Introducir una comunicación recibida en papel',
  'receive.paper.intro':
    'Una nota verbal o una carta recibida por correo o en mano: elija la entidad de la que procede, escriba sus elementos y adjunte el documento original.',
  'receive.paper.entity': 'Entidad informante',
  'receive.paper.chooseEntity': 'Elija una entidad…',
  'receive.paper.entitiesLoading': 'Se está cargando la lista de entidades.',
  'receive.paper.request': 'En respuesta a la solicitud (opcional)',
  'receive.paper.submissionTitle': 'Título de la comunicación',
  'receive.paper.language': 'Idioma del documento',
  'receive.paper.elements': 'Elementos',
  'receive.paper.element': 'Elemento {number}',
  'receive.paper.category': 'Categoría',
  'receive.paper.addElement': 'Añadir un elemento',
  'receive.paper.removeElement': 'Quitar el elemento {number}',
  'receive.paper.original': 'Documento original (PDF, Word, OpenDocument o imagen)',
  'receive.paper.originalHint': 'Como máximo {max}. Se adjunta al primer elemento.',
  'receive.paper.reading': 'Leyendo el documento…',
  'receive.paper.originalReady': 'Se adjuntará {name} ({size}).',
  'receive.paper.removeOriginal': 'Quitar el documento',
  'receive.paper.tooLarge': '“{name}” ocupa {size}: un documento puede ocupar {max} como máximo.',
  'receive.paper.empty': '“{name}” está vacío.',
  'receive.paper.refusedType': '“{name}” no es un archivo PDF, Word, OpenDocument ni de imagen.',
  'receive.paper.problems': 'Antes de registrar:',
  'receive.paper.needEntity': 'elija la entidad de la que procede la comunicación;',
  'receive.paper.needElement': 'añada al menos un elemento;',
  'receive.paper.needTitle': 'dé un título al elemento {number}.',
  'receive.paper.submit': 'Registrar la comunicación',
  'receive.paper.sending': 'Registrando…',
  'receive.paper.done': 'Comunicación registrada',
};

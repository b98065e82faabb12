import type { PluralMessage } from '../types.ts';
import type { draftingEn } from './drafting.en.ts';

/** Spanish strings of drafting.en.ts: must hold every key (type-checked). */
export const draftingEs: { readonly [K in keyof typeof draftingEn]: (typeof draftingEn)[K] extends string ? string : PluralMessage } = {
  'submissionStatus.draft': 'Borrador',
  'submissionStatus.transmitted': 'Transmitida',
  'submissionStatus.acknowledged': 'Con acuse de recibo',
  'submissionStatus.published': 'Publicada',
  'drafts.returned': 'Devuelta para su corrección',

  'form.noAnswer': '— Sin respuesta —',
  'form.yes': 'Sí',
  'form.no': 'No',
  'form.onePerLine': 'Uno por línea.',
  'form.articlesHelp': 'Números de artículos separados por comas, por ejemplo 7, 8, 8bis.',
  'form.entityAdd': 'Añadir',
  'form.entityRemove': 'Quitar {name}',
  'form.entityPlaceholder': 'Escriba un nombre o un código',
  'form.entityUnknown': 'Ningún Estado ni organización coincide con “{text}”.',
  'form.characters': '{count} caracteres',
  'form.kept': 'Se conserva en este dispositivo tal como lo escribió, sin enviar: {message}',
  'form.refused.articles':
    'escriba números de artículos del Estatuto de Roma (del 1 al 128) separados por comas, por ejemplo 7, 8, 8bis.',
  'form.refused.articleRanges':
    'escriba números de artículos del Estatuto de Roma (del 1 al 128) separados por comas; un intervalo va del artículo menor al mayor, por ejemplo 7, 8bis, 86-102.',
  'form.refused.url': 'escriba una dirección web completa que empiece por https:// o http://, por ejemplo https://www.example.org/ley.pdf.',
  'form.refused.email': 'escriba una dirección de correo electrónico, por ejemplo nombre@ministerio.example.',
  'form.refused.phone': 'escriba un número de teléfono solo con cifras, espacios y + ( ) -, por ejemplo +31 70 515 8376.',
  'form.refused.date': 'elija una fecha en el calendario, o escríbala en la forma año-mes-día.',
  'form.refused.text': 'este texto es demasiado largo para este campo: acórtelo.',
  'form.refused.longtext': 'este texto es demasiado largo (200.000 caracteres como máximo): divídalo o adjúntelo como archivo.',
  'form.refused.stringList': 'una de las líneas es demasiado larga, o hay más de 200 líneas.',
  'form.refused.other': 'este valor no se puede aceptar aquí.',
  'form.heldCount': {
    one: '{count} campo por corregir: se conserva en este dispositivo y se enviará una vez corregido.',
    other: '{count} campos por corregir: se conservan en este dispositivo y se enviarán una vez corregidos.',
  },

  'confidential.label': 'Confidencial',
  'confidential.element': 'Elemento confidencial: nunca se publica',
  'confidential.elementHelp': 'La Secretaría lo ve; el público nunca.',
  'confidential.field': 'Mantener este campo confidencial',
  'confidential.fieldOn': 'Campo confidencial: no se publica',
  'confidential.print': 'CONFIDENCIAL',

  'save.saved': 'Guardado en este dispositivo',
  'save.saving': 'Guardando…',
  'save.unsent': { one: '{count} cambio aún no enviado', other: '{count} cambios aún no enviados' },
  'save.allSent': 'Todo enviado',
  'save.failed': 'No se guardó: {reason}',
  'save.retry': 'Reintentar',

  'quota.title': 'Este dispositivo no tiene espacio de almacenamiento',
  'quota.body':
    'No se pudo guardar el último cambio. Todo lo guardado antes está a salvo. Libere espacio (elimine archivos grandes o datos de otros sitios en la configuración del navegador), quite archivos adjuntos grandes o exporte sus borradores a un archivo, y vuelva a intentarlo.',
  'quota.export': 'Exportar mis borradores',

  'drafts.new': 'Nuevo borrador',
  'drafts.newTitle': 'Empezar un nuevo borrador',
  'drafts.newFor': 'Para la solicitud',
  'drafts.noRequest': 'Sin solicitud: información enviada por iniciativa propia',
  'drafts.requestsUnavailable': 'La lista de solicitudes aún no está en este dispositivo; se obtiene cuando hay conexión.',
  'drafts.draftTitle': 'Título de la comunicación',
  'drafts.language': 'Idioma de la comunicación',
  'drafts.create': 'Crear el borrador',
  'drafts.existing': 'Ya hay un borrador que responde a esta solicitud: se ha abierto ese.',
  'drafts.search': 'Buscar borradores',
  'drafts.filterStatus': 'Estado',
  'drafts.filterAll': 'Todos',
  'drafts.empty': 'Aún no hay borradores. Empiece uno con “Nuevo borrador”.',
  'drafts.noMatch': 'Ningún borrador coincide con la búsqueda.',
  'drafts.untitled': 'Borrador sin título',
  'drafts.lastChange': 'Último cambio: {date}',
  'drafts.elements': { zero: 'Ningún elemento', one: '{count} elemento', other: '{count} elementos' },
  'drafts.request': 'Solicitud {reference}',
  'drafts.freeDraft': 'Enviada por iniciativa propia',
  'drafts.notForRole': 'La redacción corresponde a los puntos focales y colaboradores de una entidad informante.',
  'drafts.otherUser':
    'Los datos de este dispositivo pertenecen a otra cuenta. No se muestran; se borrarán cuando este dispositivo se sincronice.',
  'drafts.notFound': 'Este borrador no está en este dispositivo.',
  'drafts.back': 'Todos los borradores',
  'drafts.list': 'Borradores en este dispositivo',

  'editor.sections': 'Secciones',
  'editor.titleLabel': 'Título de la comunicación',
  'editor.entity': 'Entidad informante',
  'editor.request': 'Solicitud',
  'editor.add': 'Añadir un elemento',
  'editor.addIn': 'Añadir un elemento a “{category}”',
  'editor.noElements': 'No hay ningún elemento en esta categoría.',
  'editor.elementUntitled': 'Elemento sin título',
  'editor.expand': 'Editar',
  'editor.collapse': 'Cerrar',
  'editor.moveUp': 'Subir',
  'editor.moveDown': 'Bajar',
  'editor.delete': 'Suprimir',
  'editor.deleted': 'Elemento suprimido.',
  'editor.undo': 'Deshacer',
  'editor.restored': 'Elemento restablecido.',
  'editor.moved': 'Elemento movido a la posición {position}.',
  'editor.print': 'Imprimir o guardar como PDF',
  'editor.preview': 'Lo que será público',
  'editor.hidePreview': 'Ocultar la vista previa pública',
  'editor.readOnly': 'Esta comunicación ya no es un borrador: no puede modificarse.',
  'editor.elementActions': 'Acciones para “{title}”',
  'editor.rule.date-order':
    '“{field}” es anterior a “{other}”: el final no puede preceder al inicio. Corrija una de las fechas antes de transmitir.',
  'editor.rule.resolved-date-without-resolution':
    'El obstáculo figura como abierto, pero se ha rellenado el campo “{field}”: márquelo como resuelto o suprima la fecha.',

  'transmit.title': 'Transmitir a la Secretaría',
  'transmit.help':
    'Cuando el borrador esté completo, transmítalo. Después ya no podrá modificarse aquí, salvo que la Secretaría lo devuelva para su corrección. Sin conexión, se envía en la próxima sincronización.',
  'transmit.start': 'Transmitir…',
  'transmit.confirm': 'Una vez transmitida, esta comunicación ya no podrá modificarse aquí. ¿Transmitirla ahora?',
  'transmit.now': 'Transmitir ahora',
  'transmit.notYet': 'Todavía no',
  'transmit.queued': 'Transmitiendo: primero se envían sus cambios y luego la comunicación.',
  'transmit.queuedOffline':
    'Transmisión en cola: se enviará a la Secretaría, después de sus cambios, en cuanto este dispositivo tenga conexión.',
  'transmit.cancel': 'Cancelar la transmisión',
  'transmit.failed': 'La transmisión falló: {reason} Puede corregir el borrador y volver a transmitirlo.',
  'transmit.untitled': {
    one: '{count} elemento no tiene título: dé un título a cada elemento y luego transmita.',
    other: '{count} elementos no tienen título: dé un título a cada elemento y luego transmita.',
  },
  'transmit.outOfOrder': {
    one: '{count} elemento tiene fechas en orden incorrecto (un final anterior a su inicio): corríjalo y luego transmita.',
    other: '{count} elementos tienen fechas en orden incorrecto (un final anterior a su inicio): corríjalos y luego transmita.',
  },
  'transmit.summaryTitle': 'Lo que va a transmitir',
  'transmit.summaryConfidential': 'Confidencial (la Secretaría lo ve; el público nunca): {elements}; {fields}.',
  'transmit.summaryElements': {
    zero: 'ningún elemento completo',
    one: '{count} elemento completo',
    other: '{count} elementos completos',
  },
  'transmit.summaryFields': {
    zero: 'ningún campo dentro de elementos públicos',
    one: '{count} campo dentro de elementos públicos',
    other: '{count} campos dentro de elementos públicos',
  },
  'transmit.summaryFiles': { zero: 'Ningún archivo adjunto.', one: '{count} archivo adjunto.', other: '{count} archivos adjuntos.' },
  'transmit.summaryEmpty': 'Nada en: {categories}.',
  'transmit.returned': 'La Secretaría devolvió esta comunicación para su corrección:',

  'attachments.add': 'Adjuntar un archivo',
  'attachments.help': 'PDF, Word, texto OpenDocument o imagen; hasta 25 MB cada uno.',
  'attachments.open': 'Abrir',
  'attachments.remove': 'Quitar',
  'attachments.tooLarge': '“{name}” ocupa {size}: los archivos pueden ocupar 25 MB como máximo. Comprímalo o divídalo en partes.',
  'attachments.refusedType':
    'No se puede adjuntar “{name}”: solo se aceptan PDF, Word (.doc, .docx), texto OpenDocument (.odt) e imágenes (PNG, JPEG, GIF, WebP).',
  'attachments.empty': '“{name}” está vacío.',
  'attachments.download': 'Descargar en este dispositivo',
  'attachments.downloading': 'Descargando: {received} de {total}',
  'attachments.downloadOffline':
    '“{name}” aún no está en este dispositivo y no hay conexión: podrá descargarse cuando haya conexión.',
  'attachments.downloadFailed':
    'No se pudo descargar “{name}”. Vuelva a intentarlo más tarde; si sigue fallando, pida a quien lo adjuntó que lo adjunte de nuevo.',
  'attachments.keepOffline': 'Conservar en este dispositivo todos los archivos adjuntos de este borrador',
  'attachments.keepOfflineHelp':
    '{present} de {total} archivos están en este dispositivo. Los que faltan se descargan siempre que hay conexión.',
  'attachments.adding': 'Añadiendo {name}…',

  'preview.title': 'Lo que será público',
  'preview.intro':
    'Exactamente lo que vería el público una vez que la Secretaría publique esta comunicación: se excluyen los elementos y campos confidenciales.',
  'preview.hiddenElements': {
    zero: 'Ningún elemento es confidencial.',
    one: 'Se excluye {count} elemento confidencial.',
    other: 'Se excluyen {count} elementos confidenciales.',
  },
  'preview.hiddenFields': {
    zero: 'No se retiene ningún campo confidencial.',
    one: 'Se retiene {count} campo confidencial de los elementos públicos.',
    other: 'Se retienen {count} campos confidenciales de los elementos públicos.',
  },
  'preview.nothing': 'Nada de esta categoría sería público.',

  'print.entity': 'Entidad informante',
  'print.request': 'Solicitud',
  'print.date': 'Fecha',
  'print.none': 'Información enviada por iniciativa de la entidad informante',
  'print.confidentialNote': 'Los elementos y campos marcados como CONFIDENCIAL no deben hacerse públicos.',
  'print.attachments': 'Archivos adjuntos',

  'storage.title': 'Almacenamiento en este dispositivo',
  'storage.persistent': 'El almacenamiento es persistente: el navegador no eliminará sus borradores para liberar espacio.',
  'storage.notPersistent':
    'El almacenamiento no es persistente: el navegador puede eliminar sus borradores si el dispositivo se queda sin espacio. Instale la aplicación o exporte sus borradores con regularidad.',
  'storage.askPersist': 'Pedir que se conserven mis datos',
  'storage.unknown': 'Este navegador no indica cuánto espacio se utiliza.',
  'storage.usage': '{used} utilizados de {quota} disponibles ({percent} %).',
  'storage.warning':
    'El almacenamiento está lleno en más del 80 %. Exporte sus borradores y quite los archivos adjuntos grandes antes de que se agote.',
  'storage.refresh': 'Actualizar',

  'transfer.title': 'Exportar e importar',
  'transfer.intro':
    'Guarde una copia de sus borradores en un archivo, o llévelos a otro dispositivo (por ejemplo, en una memoria USB). Funciona sin conexión.',
  'transfer.export': 'Exportar mis borradores',
  'transfer.import': 'Importar borradores de un archivo',
  'transfer.exported': { one: '{count} borrador exportado.', other: '{count} borradores exportados.' },
  'transfer.imported':
    'Importados: {drafts} borradores, {items} elementos, {files} archivos. Se conservaron los registros existentes.',
  'transfer.invalid': 'Este archivo no es una exportación de los borradores del centro de intercambio de información.',
  'transfer.otherEntity': 'Este archivo contiene borradores de otra entidad informante; no se importaron.',
  'transfer.protect': 'Proteger el archivo con una frase de contraseña',
  'transfer.protectWhy':
    'Sus borradores contienen partes confidenciales: cualquiera que encuentre un archivo sin proteger (una memoria USB perdida) puede leerlas.',
  'transfer.passphrase': 'Frase de contraseña',
  'transfer.passphraseRepeat': 'Repita la frase de contraseña',
  'transfer.passphraseHelp':
    'Se pedirá al importar. Sin ella, nadie podrá abrir el archivo: guárdela aparte del archivo.',
  'transfer.passphraseShort': 'La frase de contraseña debe tener al menos {count} caracteres.',
  'transfer.passphraseMismatch': 'Las dos frases de contraseña no coinciden.',
  'transfer.exportedProtected': {
    one: '{count} borrador exportado, protegido con su frase de contraseña.',
    other: '{count} borradores exportados, protegidos con su frase de contraseña.',
  },
  'transfer.importPassphrase': 'Este archivo está protegido: su frase de contraseña',
  'transfer.open': 'Abrir e importar',
  'transfer.cancelImport': 'Cancelar',
  'transfer.wrongPassphrase':
    'Esta frase de contraseña no abre el archivo. No se importó nada. Compruebe la frase de contraseña (se distinguen mayúsculas y minúsculas) y vuelva a intentarlo.',
};

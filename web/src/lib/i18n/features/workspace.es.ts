import type { PluralMessage } from '../types.ts';
import type { workspaceEn } from './workspace.en.ts';

/** Spanish strings of workspace.en.ts: must hold every key (type-checked). */
export const workspaceEs: { readonly [K in keyof typeof workspaceEn]: (typeof workspaceEn)[K] extends string ? string : PluralMessage } = {
  'sync.label': 'Sincronización',
  'sync.status.offline': 'Sin conexión',
  'sync.status.syncing': 'Sincronizando…',
  'sync.status.upToDate': 'Al día',
  'sync.status.waiting': { one: '{count} cambio pendiente', other: '{count} cambios pendientes' },
  'sync.status.error': 'Error de sincronización',
  'sync.status.signIn': 'Inicie sesión de nuevo para sincronizar',
  'sync.status.updateApp': 'Actualice la aplicación para sincronizar',
  'sync.status.otherAccount': 'Hay cambios de otra cuenta pendientes en este dispositivo',
  'sync.status.transmitQueuedOffline': {
    one: 'Transmisión en cola: se enviará cuando haya conexión',
    other: '{count} transmisiones en cola: se enviarán cuando haya conexión',
  },
  'sync.status.transmitQueued': {
    one: 'Transmisión en cola: se enviará con la próxima sincronización',
    other: '{count} transmisiones en cola: se enviarán con la próxima sincronización',
  },
  'sync.progress.file': 'Enviando {name}: {sent} de {total}',
  'sync.progress.fileOf': 'archivo {index} de {count}',
  'sync.progress.changesLeft': {
    zero: 'No queda ningún cambio por enviar',
    one: 'Queda {count} cambio por enviar',
    other: 'Quedan {count} cambios por enviar',
  },
  'sync.lastSync': 'Última sincronización: {time}',
  'sync.neverSynced': 'Aún sin sincronizar',
  'sync.now': 'Sincronizar',
  'sync.signInLink': 'Iniciar sesión',
  'sync.reload': 'Actualizar ahora',
  'sync.details': 'Detalles',
  'sync.reason.offline':
    'No se pudo contactar con el servidor. Su trabajo se conserva en este dispositivo y se enviará cuando vuelva la conexión.',
  'sync.reason.signIn': 'Su sesión ha finalizado. Inicie sesión de nuevo: no se pierde nada de lo que hay en este dispositivo.',
  'sync.reason.updateApp':
    'Esta versión de la aplicación es demasiado antigua para sincronizarse con el servidor. Actualícela: sus borradores se conservan.',
  'sync.reason.otherAccount':
    'Este dispositivo contiene cambios hechos por otra cuenta que aún no se han enviado. Inicie sesión con esa cuenta para enviarlos.',
  'sync.reason.server': 'El servidor no pudo completar la sincronización ({code}). Se volverá a intentar automáticamente.',
  'sync.attention.rejected': { one: '{count} cambio rechazado', other: '{count} cambios rechazados' },
  'sync.attention.conflicts': { one: '{count} conflicto por resolver', other: '{count} conflictos por resolver' },
  'sync.attention.transmit': { one: '{count} transmisión fallida', other: '{count} transmisiones fallidas' },

  'install.title': 'Instalar la aplicación',
  'install.intro':
    'Una vez instalada, la aplicación se abre desde la pantalla de inicio como cualquier otra, funciona sin conexión y conserva sus datos.',
  'install.button': 'Instalar',
  'install.installed': 'La aplicación está instalada en este dispositivo.',
  'install.iosHint':
    'En iPhone y iPad, Safari elimina los datos de los sitios web que no están instalados y no se abren durante 7 días. Instale la aplicación: toque el botón Compartir y luego “Añadir a pantalla de inicio”.',
  'install.unavailable': 'Para instalarla, utilice el menú del navegador (“Instalar aplicación” o “Añadir a pantalla de inicio”).',
  'dashboard.draftsSummary': {
    zero: 'No hay ningún borrador en este dispositivo.',
    one: '{count} borrador en este dispositivo.',
    other: '{count} borradores en este dispositivo.',
  },
  'dashboard.unsentSummary': {
    zero: 'Todo se ha enviado.',
    one: '{count} cambio aún no enviado.',
    other: '{count} cambios aún no enviados.',
  },
  'dashboard.openDrafts': 'Abrir los borradores',
  'desk.menu': 'Espacio de trabajo',
  'desk.loadFailed': 'No se pudo cargar la lista de trabajo ({reason}). Vuelva a cargar la página para intentarlo de nuevo.',
};

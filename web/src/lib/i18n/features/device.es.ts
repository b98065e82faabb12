import type { PluralMessage } from '../types.ts';
import type { deviceEn } from './device.en.ts';

/** Spanish strings of device.en.ts: must hold every key (type-checked). */
export const deviceEs: { readonly [K in keyof typeof deviceEn]: (typeof deviceEn)[K] extends string ? string : PluralMessage } = {
  'device.signOut.title': 'Cambios aún no enviados',
  'device.signOut.changes': {
    one: '{count} cambio hecho en este dispositivo aún no ha llegado al servidor.',
    other: '{count} cambios hechos en este dispositivo aún no han llegado al servidor.',
  },
  'device.signOut.transmissions': {
    one: '{count} transmisión está pendiente de envío.',
    other: '{count} transmisiones están pendientes de envío.',
  },
  'device.signOut.explain':
    'Al cerrar la sesión se eliminan sus datos de este dispositivo. Si puede necesitar sus borradores en otro lugar, expórtelos antes a un archivo.',
  'device.signOut.keep': 'Cerrar sesión y conservarlos en este dispositivo',
  'device.signOut.keepHint':
    'Los cambios conservados quedan bloqueados en su cuenta y se enviarán la próxima vez que inicie sesión en este dispositivo. Nadie más que inicie sesión aquí podrá verlos.',
  'device.signOut.discard': 'Cerrar sesión y eliminarlos',
  'device.signOut.cancel': 'Mantener la sesión',
  'device.signOut.confirmTitle': '¿Eliminar los cambios aún no enviados?',
  'device.signOut.confirmText':
    'Se eliminarán definitivamente de este dispositivo y no podrán recuperarse, salvo que haya exportado sus borradores.',
  'device.signOut.confirmDelete': 'Eliminarlos y cerrar sesión',
  'device.signOut.back': 'Volver',
  'device.signOut.export': 'Exportar mis borradores',
  'device.signOut.exported': { one: '{count} borrador exportado.', other: '{count} borradores exportados.' },
  'device.signOut.passphraseHint':
    'Sus borradores contienen partes confidenciales: el archivo exportado queda protegido con una frase de contraseña, que se pedirá al importarlo. Guárdela aparte del archivo.',
  'device.signOut.passphrase': 'Frase de contraseña del archivo',
  'device.signOut.passphraseRepeat': 'Repita la frase de contraseña',
  'device.signOut.passphraseShort': 'Elija una frase de contraseña de al menos {count} caracteres.',
  'device.signOut.passphraseMismatch': 'Las dos frases de contraseña no coinciden: escriba la misma dos veces.',
  'device.signOut.exportedProtected': {
    one: '{count} borrador exportado, protegido con su frase de contraseña.',
    other: '{count} borradores exportados, protegidos con su frase de contraseña.',
  },
  'device.signOut.working': 'Cerrando sesión…',
  'device.signOut.failed': 'No se pudieron eliminar todos los datos de este dispositivo: {reason}',
  'device.notice.accountDisabled':
    'Esta cuenta ha sido desactivada y sus datos se han eliminado de este dispositivo. Si considera que se trata de un error, póngase en contacto con la Secretaría.',
};

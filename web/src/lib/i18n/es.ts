import type { CoreDictionary } from './types.ts';
import { deviceEs } from './features/device.es.ts';
import { errorsEs } from './features/errors.es.ts';

/**
 * Spanish core: an official language of the Assembly, so the dictionary must be complete
 * (type-checked), as must every `features/<name>.es.ts`. Terminology follows the Assembly's Spanish
 * documents: “Estados Partes en el Estatuto de Roma”, “Mesa”, “Secretaría”, “punto focal”.
 */
export const es = {
  'app.name': 'Centro de intercambio de información del Plan de acción',
  'app.owner': 'Secretaría de la Asamblea de los Estados Partes en el Estatuto de Roma de la Corte Penal Internacional',
  'app.skipToContent': 'Ir al contenido principal',
  'app.loading': 'Cargando…',

  'nav.main': 'Principal',
  'nav.workspace': 'Espacio de trabajo',
  'nav.menu': 'Menú',
  'nav.home': 'Inicio',
  'nav.search': 'Búsqueda',
  'nav.states': 'Estados',
  'nav.assistance': 'Cuadro de asistencia',
  'nav.events': 'Eventos',
  'nav.dashboard': 'Panel',
  'nav.drafts': 'Borradores',
  'nav.requests': 'Solicitudes',
  'nav.inbox': 'Bandeja de entrada',
  'nav.monitoring': 'Seguimiento',
  'nav.settings': 'Configuración',
  'nav.exchanges': 'Intercambios de asistencia',
  'nav.receive': 'Recibido por otras vías',
  'nav.treaty': 'Registros de tratados',
  'nav.report': 'Informe de recopilación',
  'nav.accounts': 'Cuentas',
  'nav.audit': 'Registro de auditoría',

  'language.label': 'Idioma',

  'connection.online': 'En línea',
  'connection.offline': 'Sin conexión',
  'connection.offlineHint': 'No hay conexión. Lo que está guardado en este dispositivo sigue disponible.',

  'auth.signIn': 'Iniciar sesión',
  'auth.signOut': 'Cerrar sesión',
  'auth.signedInAs': 'Sesión iniciada como {email}',
  'auth.signOutFailed':
    'Ha cerrado la sesión en este dispositivo. No se pudo avisar al servidor; se le avisará cuando vuelva a tener conexión.',

  'roles.focal_point': 'Punto focal',
  'roles.secretariat': 'Secretaría',
  'roles.bureau': 'Miembro de la Mesa',

  'signin.title': 'Iniciar sesión',
  'signin.intro':
    'Para los puntos focales nacionales, los colaboradores, la Secretaría y los miembros de la Mesa. Para consultar el centro de intercambio de información público no se necesita cuenta.',
  'signin.email': 'Correo electrónico',
  'signin.password': 'Contraseña',
  'signin.submit': 'Iniciar sesión',
  'signin.submitting': 'Iniciando sesión…',
  'signin.offline':
    'No hay conexión. Para iniciar sesión se necesita conexión; una vez iniciada, el espacio de trabajo también se abre sin conexión en este dispositivo.',

  'errors.network': 'No se pudo contactar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
  'errors.invalid-credentials': 'El correo electrónico o la contraseña no son correctos.',
  'errors.too-many-attempts': 'Demasiados intentos. Espere unos minutos antes de volver a intentarlo.',
  'errors.unexpected': 'Se ha producido un error. Inténtelo de nuevo; si vuelve a ocurrir, póngase en contacto con la Secretaría.',
  'errors.notFound': 'Esta página no existe.',
  'errors.forbidden': 'Esta página no está disponible para su función.',
  'errors.title': 'Error {status}',
  'errors.backHome': 'Ir a la página de inicio',

  'update.available': 'Actualización disponible: hay una nueva versión de la aplicación.',
  'update.reload': 'Recargar',
  'update.later': 'Más tarde',
  'update.offlineReady': 'La aplicación está lista para funcionar sin conexión.',
  'update.close': 'Cerrar',

  'search.title': 'Búsqueda',
  'states.title': 'Estados y organizaciones',
  'assistance.title': 'Cuadro de asistencia técnica',
  'events.title': 'Eventos',

  'dashboard.title': 'Panel',
  'dashboard.signedInAs': 'Sesión iniciada como {email}',
  'dashboard.role': 'Función: {role}',
  // review: "entidad informante" for "reporting entity" (the body that transmits information); no ASP usage found
  'dashboard.entity': 'Entidad informante: {entity}',
  'dashboard.offline': 'No hay conexión. El espacio de trabajo sigue funcionando en este dispositivo.',
  'drafts.title': 'Borradores',
  'drafts.intro': 'Comunicaciones que se están preparando en este dispositivo y por colegas de su entidad.',
  'drafts.count': { one: '{count} borrador', many: '{count} de borradores', other: '{count} borradores' },
  'requests.title': 'Solicitudes de información',
  'requests.intro': 'Solicitudes de la Secretaría, con sus plazos y las categorías de información que piden.',
  'inbox.title': 'Bandeja de entrada',
  'inbox.intro': 'Comunicaciones transmitidas a la Secretaría, para acusar recibo, examinarlas y publicarlas.',
  'monitoring.title': 'Seguimiento',
  'monitoring.intro':
    'Situación de las ratificaciones, de la legislación de aplicación y de los obstáculos encontrados por los Estados, y tasas de respuesta.',
  'settings.title': 'Configuración',
  'settings.intro': 'Preferencias de este dispositivo.',
  'settings.languageHelp':
    'El idioma de la aplicación en este dispositivo. Las comunicaciones conservan el idioma en que fueron redactadas.',
  // The shell's sign-out dialog opens on any page: its strings are core too.
  ...deviceEs,
  ...errorsEs,
} as const satisfies CoreDictionary;

import type { PluralMessage } from '../types.ts';
import type { deviceEn } from './device.en.ts';

/** French strings of device.en.ts: must hold every key (type-checked). */
export const deviceFr: { readonly [K in keyof typeof deviceEn]: (typeof deviceEn)[K] extends string ? string : PluralMessage } = {
  'device.signOut.title': 'Modifications pas encore envoyées',
  'device.signOut.changes': {
    one: '{count} modification faite sur cet appareil n’a pas encore atteint le serveur.',
    other: '{count} modifications faites sur cet appareil n’ont pas encore atteint le serveur.',
  },
  'device.signOut.transmissions': {
    one: '{count} transmission attend d’être envoyée.',
    other: '{count} transmissions attendent d’être envoyées.',
  },
  'device.signOut.explain':
    'La déconnexion supprime vos données de cet appareil. Exportez d’abord vos brouillons dans un fichier si vous pouvez en avoir besoin ailleurs.',
  'device.signOut.keep': 'Me déconnecter et les garder sur cet appareil',
  'device.signOut.keepHint':
    'Les modifications gardées restent verrouillées sur votre compte et seront envoyées à votre prochaine connexion sur cet appareil. Personne d’autre se connectant ici ne peut les voir.',
  'device.signOut.discard': 'Me déconnecter et les supprimer',
  'device.signOut.cancel': 'Rester connecté',
  'device.signOut.confirmTitle': 'Supprimer les modifications pas encore envoyées ?',
  'device.signOut.confirmText':
    'Elles seront définitivement supprimées de cet appareil et ne pourront pas être récupérées, sauf si vous avez exporté vos brouillons.',
  'device.signOut.confirmDelete': 'Les supprimer et me déconnecter',
  'device.signOut.back': 'Revenir',
  'device.signOut.export': 'Exporter mes brouillons',
  'device.signOut.exported': { one: '{count} brouillon exporté.', other: '{count} brouillons exportés.' },
  'device.signOut.passphraseHint':
    'Vos brouillons contiennent des éléments confidentiels : le fichier exporté est verrouillé par une phrase secrète. L’import la demande ; conservez-la à part du fichier.',
  'device.signOut.passphrase': 'Phrase secrète du fichier',
  'device.signOut.passphraseRepeat': 'La phrase secrète, une seconde fois',
  'device.signOut.passphraseShort': 'Choisissez une phrase secrète d’au moins {count} caractères.',
  'device.signOut.passphraseMismatch': 'Les deux phrases secrètes diffèrent : tapez deux fois la même.',
  'device.signOut.exportedProtected': {
    one: '{count} brouillon exporté, verrouillé par votre phrase secrète.',
    other: '{count} brouillons exportés, verrouillés par votre phrase secrète.',
  },
  'device.signOut.working': 'Déconnexion…',
  'device.signOut.failed': 'Les données de cet appareil n’ont pas toutes pu être supprimées : {reason}',
  'device.notice.accountDisabled':
    'Ce compte a été désactivé et ses données ont été supprimées de cet appareil. Si vous pensez qu’il s’agit d’une erreur, contactez le Secrétariat.',
};

import type { Message } from '../types.ts';
import type { secretariatEn } from './secretariat.en.ts';

/** French strings of the Secretariat's features: must hold every key of secretariat.en.ts (type-checked). */
export const secretariatFr: { readonly [K in keyof typeof secretariatEn]: (typeof secretariatEn)[K] extends string ? string : Message } = {
  'setup.title': 'Créer le premier compte du Secrétariat',
  'setup.intro': 'Ce lien à usage unique crée le compte qui administre le centre d’échange. Choisissez un mot de passe solide : au moins 12 caractères, pas un mot de passe courant.',
  'setup.email': 'Adresse électronique',
  'setup.password': 'Mot de passe',
  'setup.passwordHelp': 'Au moins 12 caractères. Une phrase de plusieurs mots est la plus facile à retenir.',
  'setup.confirm': 'Répétez le mot de passe',
  'setup.mismatch': 'Les deux mots de passe ne sont pas identiques.',
  'setup.submit': 'Créer le compte',
  'setup.submitting': 'Création…',
  'setup.noToken': 'Cette page nécessite le lien à usage unique affiché par le serveur au démarrage. Ouvrez ce lien tel qu’il a été affiché.',
  'setup.invalid': 'Ce lien n’est plus valable (il a déjà servi, ou il a expiré après 24 heures). Redémarrez le serveur pour en afficher un nouveau.',
  'setup.done': 'Le premier compte du Secrétariat existe déjà. Connectez-vous.',
  'setup.signin': 'Aller à la connexion',
};

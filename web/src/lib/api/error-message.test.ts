import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n/index.ts';
import { reasonText } from '$lib/sync/views/rejected-view.ts';
import { errorMessage, fieldErrorText, fieldErrorTexts } from './error-message.ts';
import { ApiError, NetworkError } from './errors.ts';

const NBSP = '\u00a0';

afterEach(() => setLocale('en', { persist: false }));

const refused = () =>
  new ApiError(422, 'validation-failed', 'The request has invalid fields.', [
    { field: 'email', code: 'invalid-format', message: 'email Invalid email.' },
    { field: 'items[2].entityId', code: 'unknown-entity', message: 'entityId is not a known entity.' },
    { field: 'password', code: 'some-future-code', message: 'password is wrong somehow.' },
    { field: '', message: 'The record must be a JSON object.' },
  ]);

describe('server errors in the reader’s language', () => {
  it('words the envelope by its code, never with the server’s English', async () => {
    await setLocale('fr', { persist: false });
    expect(errorMessage(refused())).toBe('Certains champs ne sont pas valides. Corrigez-les et réessayez.');
    expect(errorMessage(new ApiError(409, 'setup-done', 'The first Secretariat account already exists. Sign in instead.'))).toBe(
      'Le premier compte du Secrétariat existe déjà. Connectez-vous plutôt.',
    );
    expect(errorMessage(new NetworkError('fetch failed'))).toBe('Le serveur est injoignable. Vérifiez votre connexion et réessayez.');
  });

  it('words an unknown code generally, naming it', async () => {
    await setLocale('es', { persist: false });
    expect(errorMessage(new ApiError(418, 'teapot', 'I am a teapot.'))).toBe(
      'El servidor rechazó esto (teapot). Inténtelo de nuevo; si vuelve a ocurrir, póngase en contacto con la Secretaría.',
    );
  });

  it('words each refused field by its code, with the field’s name, and a general sentence for an unknown code', async () => {
    await setLocale('fr', { persist: false });
    expect(fieldErrorTexts(refused())).toEqual([
      `Adresse électronique${NBSP}: ce n’est pas écrit sous la forme attendue.`,
      `État ou organisation${NBSP}: aucun État ni aucune organisation n’a cet identifiant.`,
      `Mot de passe${NBSP}: cette valeur n’est pas acceptée.`,
      `L’enregistrement${NBSP}: cette valeur n’est pas acceptée.`,
    ]);
    expect(fieldErrorText({ field: 'endDate', code: 'date-order', message: 'x' }, (name) => `«${NBSP}${name}${NBSP}»`)).toBe(
      `«${NBSP}endDate${NBSP}»${NBSP}: la fin ne peut pas précéder le début.`,
    );
  });

  it('words a refused sync change by its code in every language', async () => {
    await setLocale('zh', { persist: false });
    expect(reasonText({ code: 'immutable-field', message: 'category cannot change.' })).toBe('要素不能移到其他提交材料、类别或实体。');
    await setLocale('ar', { persist: false });
    // A right-to-left page isolates the code (U+2068 … U+2069) from the Arabic around it.
    expect(reasonText({ code: 'mystery', message: 'Mystery.' })).toContain('(\u2068mystery\u2069)');
  });
});

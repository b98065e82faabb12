/**
 * The server words its refusals in English for logs; a person reads them in their own language, chosen
 * by the error code and each refused field's code.
 */
import { expect, test } from '../fixtures.ts';

test('a refused field is shown in French, never in the server’s English', async ({ page, signIn, accounts, a11y }) => {
  await signIn(page, 'secretariat');
  await page.evaluate(() => localStorage.setItem('clearinghouse.locale', 'fr'));
  await page.goto('/app/accounts');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const invite = page
    .getByRole('region', { name: 'Inviter une personne' })
    .or(page.locator('form').filter({ hasText: 'Inviter une personne' }));
  // An address that already has an account: the server refuses the field with the code `already-exists`.
  await invite.getByLabel('Adresse électronique').fill(accounts.focalPointBen.email);
  await invite.getByLabel('Rôle').selectOption('bureau');
  await invite.getByRole('button', { name: 'Créer l’invitation' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Ceci existe déjà.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Adresse électronique : un compte utilise déjà cette adresse.');
  await expect(alert).not.toContainText('already exists');
  await a11y();
  await page.screenshot({ path: test.info().outputPath('refused-field-fr.png'), fullPage: true });
});

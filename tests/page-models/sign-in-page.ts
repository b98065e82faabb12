import { expect, type Locator, type Page } from '@playwright/test';
import type { Account } from '../support/server.ts';

/** /signin: labelled Email address and Password fields and a Sign in button. */
export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly heading: Locator;
  /** The message shown for a wrong email or password (web/src/lib/i18n/en.ts `errors.invalid-credentials`). */
  readonly invalidCredentials: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel(/email/i);
    this.password = page.getByLabel(/^password/i);
    this.submit = page.getByRole('button', { name: /^sign in$/i });
    this.heading = page.getByRole('heading', { level: 1, name: /sign in/i });
    this.invalidCredentials = page.getByText('The email address or password is not correct.');
  }

  async goto(): Promise<this> {
    await this.page.goto('/signin');
    await this.expectLoaded();
    return this;
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/signin(\?|$)/);
    await expect(this.heading).toBeVisible();
    await expect(this.email).toBeEditable();
  }

  /** Fill and submit the form; does not wait for the outcome. */
  async submitCredentials(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  async signInAs(account: Pick<Account, 'email' | 'password'>): Promise<void> {
    await this.submitCredentials(account.email, account.password);
  }
}

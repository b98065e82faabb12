import { expect, type Locator, type Page } from '@playwright/test';

/** The Secretariat's pages: requests, tracking, inbox, review, report. Roles and labels, not CSS. */
export class SecretariatWorkspace {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.locator('main');
  }

  /** Issues a request addressed to the given entities (by code); returns its id. */
  async createRequest(r: {
    reference: string;
    title: string;
    titleFr: string;
    titleEs: string;
    deadline: string;
    entityIds: string[];
    textEn: string;
    textFr: string;
    textEs: string;
  }): Promise<string> {
    await this.page.goto('/app/requests/new');
    await expect(this.page.getByRole('heading', { level: 1, name: 'New request for information' })).toBeVisible();
    await this.page.getByLabel('Reference').fill(r.reference);
    await this.page.getByLabel('Title (English)').fill(r.title);
    await this.page.getByLabel('Title (French)').fill(r.titleFr);
    await this.page.getByLabel('Title (Spanish)').fill(r.titleEs);
    await this.page.getByLabel('Deadline').fill(r.deadline);
    await this.page.getByLabel('Chosen States and organisations').check();
    for (const id of r.entityIds) {
      await this.page.getByLabel('Filter by name or code').fill(id);
      await this.main.getByRole('checkbox', { name: new RegExp(`\\(${id}\\)`) }).check();
    }
    await this.page.getByLabel('Text of the request (English)').fill(r.textEn);
    await this.page.getByLabel('Text of the request (French)').fill(r.textFr);
    await this.page.getByLabel('Text of the request (Spanish)').fill(r.textEs);
    await this.page.getByRole('button', { name: 'Issue the request' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: r.reference })).toBeVisible();
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }

  trackingRow(entityName: string): Locator {
    return this.main.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: entityName }) });
  }

  /** The inbox's group of submissions answering one request (its heading starts with the reference). */
  inboxGroup(reference: string): Locator {
    return this.main.getByRole('region', { name: `${reference} – ` });
  }

  /** The inbox entry of an entity's answer to a request (/app/inbox: filled by sync from the local copy). */
  inboxEntry(reference: string, entityName: string): Locator {
    return this.inboxGroup(reference)
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: entityName, exact: true }) });
  }

  /** Opens the review of an entity's answer to a request from the inbox. */
  async openReview(reference: string, entityName: string): Promise<void> {
    await this.page.goto('/app/inbox');
    await this.inboxEntry(reference, entityName).getByRole('link', { name: entityName, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Acknowledge, return or publish' })).toBeVisible();
  }

  /** Publish (or publish again) from the review: the button asks first, with what becomes public. */
  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: /^Publish( again \(new edition\))?$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Publish (this submission|a new edition)\?$/ });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Publish now' }).click();
    await expect(dialog).toBeHidden();
  }

  async expectDone(text: string | RegExp): Promise<void> {
    await expect(this.main.getByRole('status').filter({ hasText: text })).toBeVisible();
  }
}

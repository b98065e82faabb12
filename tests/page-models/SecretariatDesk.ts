import { expect, type Locator, type Page } from '@playwright/test';

/** The Secretariat's and the Bureau's dashboard work list, the inbox filters, and the review's versions. */
export class SecretariatDesk {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.locator('main');
  }

  /** A heading of the work list ("Waiting for review", "Overdue requests", ...). */
  section(title: string | RegExp): Locator {
    return this.main.getByRole('region', { name: title });
  }

  entry(section: Locator, linkName: string | RegExp): Locator {
    return section.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: linkName }) });
  }

  inboxFilter(label: 'Status' | 'Request' | 'State or organisation' | 'Transmitted from' | 'Transmitted until'): Locator {
    return this.main.getByLabel(label, { exact: true });
  }

  async expectShown(count: number, total: number): Promise<void> {
    await expect(this.main.getByRole('status').filter({ hasText: /shown of/ })).toHaveText(`${count} shown of ${total} received`);
  }

  get versions(): Locator {
    return this.main.getByRole('region', { name: 'Compare versions' });
  }

  get publishDialog(): Locator {
    return this.page.getByRole('dialog', { name: /Publish this submission\?/ });
  }
}

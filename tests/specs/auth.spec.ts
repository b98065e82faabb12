import { expect, test } from '../fixtures.ts';

test.describe('signing in and out', () => {
  test('a focal point signs in through /signin and sees the workspace', async ({ page, ui, accounts, a11y }) => {
    await ui.signIn.goto();
    await a11y();

    await ui.signIn.signInAs(accounts.focalPointBen);
    await ui.workspace.expectLoaded(accounts.focalPointBen.email);
    await a11y();

    // The session is real: the API knows who is signed in.
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(200);
    expect((await me.json()).user).toMatchObject({
      email: accounts.focalPointBen.email,
      role: 'focal_point',
      entityId: 'BEN',
    });
  });

  test('a crafted next= after sign-in never leaves the app', async ({ page, ui, accounts, baseURL }) => {
    // The URL parser drops the tab, so `/\t/evil.example/x` would read as `//evil.example/x`.
    await page.goto('/signin?next=/%09/evil.example/x');
    await ui.signIn.expectLoaded();
    await ui.signIn.signInAs(accounts.focalPointBen);
    await ui.workspace.expectLoaded(accounts.focalPointBen.email);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await page.screenshot({ path: test.info().outputPath('after-crafted-next.png') });
  });

  test('a wrong password shows the error message and keeps the user on /signin', async ({ page, ui, accounts, a11y }) => {
    await ui.signIn.goto();
    await ui.signIn.submitCredentials(accounts.focalPointCpv.email, `${accounts.focalPointCpv.password}-wrong`);

    await expect(ui.signIn.invalidCredentials).toBeVisible();
    await expect(page).toHaveURL(/\/signin(\?|$)/);
    await expect(ui.workspace.nav).toBeHidden();
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);
    await a11y(); // with the error shown
  });

  test('signing out returns to the sign-in page and ends the session', async ({ page, ui, signIn }) => {
    const workspace = await signIn(page, 'focalPointCpv');
    expect((await page.request.get('/api/auth/me')).status()).toBe(200);

    await workspace.signOut();
    await expect(page, 'signing out must land on the sign-in page').toHaveURL(/\/signin(\?|$)/);
    await ui.signIn.expectLoaded();
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);

    // The workspace is closed now: /app sends the user back to sign in.
    await page.goto('/app');
    await ui.signIn.expectLoaded();
  });
});

import type { Page } from '@playwright/test';
import { PublicShell } from './public-shell.ts';
import { SignInPage } from './sign-in-page.ts';
import { WorkspaceShell } from './workspace-shell.ts';

export { PublicShell, SignInPage, WorkspaceShell };

/** Every page model, bound to one page. Add a new model here and it is available as `ui.<name>`. */
export function pageModels(page: Page) {
  return {
    signIn: new SignInPage(page),
    workspace: new WorkspaceShell(page),
    public: new PublicShell(page),
  };
}
export type PageModels = ReturnType<typeof pageModels>;

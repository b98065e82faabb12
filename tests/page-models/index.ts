import type { Page } from '@playwright/test';
import { PublicShell } from './public-shell.ts';
import { SecretariatWorkspace } from './SecretariatWorkspace.ts';
import { SyncConflictsPage } from './SyncConflictsPage.ts';
import { SyncDraftEditor } from './SyncDraftEditor.ts';
import { SyncIndicator } from './SyncIndicator.ts';
import { SignInPage } from './sign-in-page.ts';
import { WorkspaceShell } from './workspace-shell.ts';

export { PublicShell, SecretariatWorkspace, SignInPage, SyncConflictsPage, SyncDraftEditor, SyncIndicator, WorkspaceShell };

/** Every page model, bound to one page. Add a new model here and it is available as `ui.<name>`. */
export function pageModels(page: Page) {
  return {
    signIn: new SignInPage(page),
    workspace: new WorkspaceShell(page),
    public: new PublicShell(page),
    secretariat: new SecretariatWorkspace(page),
    sync: new SyncIndicator(page),
    conflicts: new SyncConflictsPage(page),
    syncEditor: new SyncDraftEditor(page),
  };
}
export type PageModels = ReturnType<typeof pageModels>;

import type { Page } from '@playwright/test';
import { DraftEditorPage } from './DraftEditorPage.ts';
import { DraftsListPage } from './DraftsListPage.ts';
import { PublicClearinghouse } from './PublicClearinghouse.ts';
import { PublicShell } from './public-shell.ts';
import { SecretariatDesk } from './SecretariatDesk.ts';
import { SecretariatWorkspace } from './SecretariatWorkspace.ts';
import { SyncConflictsPage } from './SyncConflictsPage.ts';
import { SyncDraftEditor } from './SyncDraftEditor.ts';
import { SyncIndicator } from './SyncIndicator.ts';
import { SignInPage } from './sign-in-page.ts';
import { WorkspaceShell } from './workspace-shell.ts';

export {
  DraftEditorPage,
  DraftsListPage,
  PublicClearinghouse,
  PublicShell,
  SecretariatDesk,
  SecretariatWorkspace,
  SignInPage,
  SyncConflictsPage,
  SyncDraftEditor,
  SyncIndicator,
  WorkspaceShell,
};

/** Every page model, bound to one page. Add a new model here and it is available as `ui.<name>`. */
export function pageModels(page: Page) {
  return {
    signIn: new SignInPage(page),
    workspace: new WorkspaceShell(page),
    public: new PublicShell(page),
    secretariat: new SecretariatWorkspace(page),
    desk: new SecretariatDesk(page),
    sync: new SyncIndicator(page),
    conflicts: new SyncConflictsPage(page),
    syncEditor: new SyncDraftEditor(page),
    drafts: new DraftsListPage(page),
    editor: new DraftEditorPage(page),
    clearinghouse: new PublicClearinghouse(page),
  };
}
export type PageModels = ReturnType<typeof pageModels>;

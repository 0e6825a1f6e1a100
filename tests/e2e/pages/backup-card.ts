import type { Locator, Page } from 'playwright-core'

/** 设置 → 备份与恢复: the list, 立即备份, and the restore question. */
export class BackupCardModel {
  constructor(readonly page: Page) {}
  get root(): Locator {
    return this.page.getByTestId('backup-card')
  }
  get reason(): Locator {
    return this.page.getByTestId('backup-reason')
  }
  get backupNow(): Locator {
    return this.page.getByTestId('backup-now')
  }
  get rows(): Locator {
    return this.page.getByTestId('backup-row')
  }
  rowsOfKind(kind: 'manual' | 'import' | 'approval' | 'restore' | 'migration'): Locator {
    return this.page.locator(`[data-testid="backup-row"][data-kind="${kind}"]`)
  }
  restoreOf(row: Locator): Locator {
    return row.getByTestId('backup-row-restore')
  }
  get restoreDialog(): Locator {
    return this.page.getByTestId('backup-restore-dialog')
  }
  get restoreWhat(): Locator {
    return this.page.getByTestId('backup-restore-what')
  }
  get restoreConfirm(): Locator {
    return this.page.getByTestId('backup-restore-confirm')
  }
}

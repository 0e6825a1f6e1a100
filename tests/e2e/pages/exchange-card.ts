import type { Locator, Page } from 'playwright-core'

/** 设置 → 数据交换: the key, the export and the import with its preview dialog. */
export class ExchangeCardModel {
  readonly card: Locator
  readonly keyState: Locator
  readonly keyInput: Locator
  readonly keySave: Locator
  readonly scope: Locator
  readonly export: Locator
  readonly file: Locator
  readonly preview: Locator
  readonly periods: Locator
  readonly counts: Locator
  readonly conflicts: Locator
  readonly confirm: Locator
  readonly cancel: Locator

  constructor(readonly page: Page) {
    this.card = page.getByTestId('exchange-card')
    this.keyState = page.getByTestId('exchange-key-state')
    this.keyInput = page.getByTestId('exchange-key-input')
    this.keySave = page.getByTestId('exchange-key-save')
    this.scope = page.getByTestId('exchange-scope')
    this.export = page.getByTestId('exchange-export')
    this.file = page.getByTestId('exchange-file')
    this.preview = page.getByTestId('exchange-preview-dialog')
    this.periods = page.getByTestId('exchange-periods')
    this.counts = page.getByTestId('exchange-counts')
    this.conflicts = page.getByTestId('exchange-conflicts')
    this.confirm = page.getByTestId('exchange-import-confirm')
    this.cancel = page.getByTestId('exchange-preview-cancel')
  }

  /** the count of one table in the preview: [new, changed, same] */
  async count(table: string): Promise<number[]> {
    const cells = await this.counts.locator(`tr[data-table="${table}"] td.num`).allTextContents()
    return cells.map(Number)
  }

  async choose(fileName: string, bytes: Buffer): Promise<void> {
    await this.file.setInputFiles({ name: fileName, mimeType: 'application/zip', buffer: bytes })
    await this.preview.waitFor()
  }
}

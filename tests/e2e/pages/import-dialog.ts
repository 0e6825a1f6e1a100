import type { Locator, Page } from 'playwright-core'

/** The shared import dialog: what the file was understood as, before anything is written. */
export class ImportDialogModel {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByTestId('import-preview')
  }
  get status(): Locator {
    return this.root.getByTestId('preview-status')
  }
  get sheet(): Locator {
    return this.root.getByTestId('preview-sheet')
  }
  get headerRow(): Locator {
    return this.root.getByTestId('preview-header-row')
  }
  get dataRows(): Locator {
    return this.root.getByTestId('preview-data-rows')
  }
  get adds(): Locator {
    return this.root.getByTestId('preview-adds')
  }
  get changes(): Locator {
    return this.root.getByTestId('preview-changes')
  }
  get unchanged(): Locator {
    return this.root.getByTestId('preview-unchanged')
  }
  get columns(): Locator {
    return this.root.getByTestId('preview-columns')
  }
  get problemRows(): Locator {
    return this.root.getByTestId('problem-row')
  }
  /** the question about a note row with data-like rows below it */
  get noteRow(): Locator {
    return this.root.getByTestId('import-note-row')
  }
  afterNote(choice: 'stop' | 'read'): Locator {
    return this.root.getByTestId(`import-after-note-${choice}`)
  }
  get error(): Locator {
    return this.root.getByTestId('import-error')
  }
  get progress(): Locator {
    return this.root.getByTestId('import-progress')
  }
  get confirm(): Locator {
    return this.root.getByTestId('import-confirm')
  }
  get cancel(): Locator {
    return this.root.getByTestId('import-cancel')
  }
}

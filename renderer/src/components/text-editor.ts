import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community'

/**
 * Every grid's text editor: a plain text input like AG Grid's own, except that it selects the cell's
 * old value only while nothing has been typed into it. AG Grid's editor, opened by Tab or Enter,
 * selects its text once the grid has attached it, and on a slow PC that can come after the first
 * key already typed: in the entry grid the selected "9" was replaced by the "1" that followed, and
 * "91" was stored as "1". A vanilla component, so the input exists (and takes the keys) the moment editing starts.
 */
export class TypedTextEditor implements ICellEditorComp {
  private readonly wrapper = document.createElement('div')
  private readonly input = document.createElement('input')
  private seeded = ''
  /** the cell's value when editing began, and its text */
  private value: unknown = null
  private old = ''
  private selectOnFocus = false
  private focusOnAttach = false

  init(params: ICellEditorParams): void {
    this.value = params.value
    this.wrapper.className = 'ag-cell-edit-wrapper'
    this.input.type = 'text'
    this.input.className = 'ag-input-field-input ag-text-field-input'
    this.input.setAttribute('aria-label', params.colDef.headerName ?? '')
    this.input.autocomplete = 'off'
    this.wrapper.appendChild(this.input)
    const key = params.eventKey
    const old = params.value === null || params.value === undefined ? '' : String(params.value)
    this.old = old
    let start = old
    if (params.cellStartedEdit) {
      this.focusOnAttach = true
      if (key === 'Backspace' || key === 'Delete') start = ''
      else if (key !== null && key.length === 1) start = key
      // reached by Tab, Enter or a double click: typing replaces the old score, as in a spreadsheet
      else this.selectOnFocus = key !== 'F2'
    }
    this.input.value = start
    this.seeded = start
  }

  getGui(): HTMLElement {
    return this.wrapper
  }

  afterGuiAttached(): void {
    if (this.focusOnAttach) this.focus()
  }

  /** the grid moves into this editor with Tab while editing a row */
  focusIn(): void {
    this.focus()
  }

  getValue(): unknown {
    // the old text left as it was: the value as it was, so the grid sees no edit
    return this.input.value === this.old ? this.value : this.input.value
  }

  private focus(): void {
    this.input.focus()
    const end = this.input.value.length
    if (this.selectOnFocus && this.input.value === this.seeded) this.input.select()
    else this.input.setSelectionRange(end, end)
  }
}

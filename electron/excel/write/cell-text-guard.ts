import { t } from '../../../shared/i18n'

/**
 * Two guards on every text cell of every workbook Kaohe writes, applied where exceljs turns a cell
 * into XML (so no writer can forget them, and a style set on the cell later cannot undo them):
 *
 * - Text a spreadsheet could run as a formula (first character = + - @, a tab or a carriage return)
 *   gets Excel's quote-prefix style (`<xf quotePrefix="1">`, ECMA-376 18.8.45): the cell shows the
 *   text as it is, and editing it or pressing Enter keeps it text instead of running `=HYPERLINK(…)`.
 *   The text itself is unchanged — no apostrophe in the cell or on paper. exceljs 4.4 has no such
 *   style (exceljs PR #2809 is still open), so its style writer and reader learn the one attribute here.
 * - Text longer than Excel's 32,767-character cell limit is cut, ending with a visible mark that says
 *   how much was cut (Excel would otherwise refuse or repair the file).
 */
export const EXCEL_CELL_LIMIT = 32_767
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r'])

export function runsAsFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0])
}

/** The text as it fits in one cell: whole, or cut with the mark and the count of characters left out. */
export function fitCell(text: string): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text
  const mark = (kept: number) => t('export.cellCut', { cut: text.length - kept, limit: EXCEL_CELL_LIMIT })
  let kept = EXCEL_CELL_LIMIT - mark(EXCEL_CELL_LIMIT).length
  kept = EXCEL_CELL_LIMIT - mark(kept).length
  return text.slice(0, kept) + mark(kept)
}

interface CellModel {
  type: number
  value?: unknown
  style?: Record<string, unknown>
}

const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform')
const StyleXform = require('exceljs/lib/xlsx/xform/style/style-xform')
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform')
const { ValueType } = require('exceljs/lib/doc/enums')

const installed = Symbol.for('kaohe.cellTextGuard')

function install(): void {
  if (CellXform.prototype[installed]) return
  CellXform.prototype[installed] = true

  const prepare = CellXform.prototype.prepare
  CellXform.prototype.prepare = function (model: CellModel, options: unknown) {
    if (model.type === ValueType.String && typeof model.value === 'string') {
      const text = fitCell(model.value)
      model.value = text
      if (runsAsFormula(text)) model.style = { ...(model.style ?? {}), quotePrefix: true }
    }
    return prepare.call(this, model, options)
  }

  // the style's own record: exceljs copies only the fields it knows from the cell's style
  const addStyleModel = StylesXform.prototype.addStyleModel
  const addStyle = StylesXform.prototype._addStyle
  let quoting = false
  StylesXform.prototype.addStyleModel = function (model: Record<string, unknown> | undefined, cellType: unknown) {
    quoting = model?.quotePrefix === true
    try {
      return addStyleModel.call(this, model, cellType)
    } finally {
      quoting = false
    }
  }
  StylesXform.prototype._addStyle = function (style: Record<string, unknown>) {
    return addStyle.call(this, quoting ? { ...style, quotePrefix: true } : style)
  }

  const render = StyleXform.prototype.render
  StyleXform.prototype.render = function (xmlStream: { openNode(name: string, attrs?: object): void }, model: Record<string, unknown>) {
    if (model.quotePrefix !== true) return render.call(this, xmlStream, model)
    const openNode = xmlStream.openNode
    xmlStream.openNode = function (name: string, attrs?: object) {
      xmlStream.openNode = openNode
      return openNode.call(this, name, name === 'xf' ? { ...attrs, quotePrefix: 1 } : attrs)
    }
    try {
      return render.call(this, xmlStream, model)
    } finally {
      xmlStream.openNode = openNode
    }
  }

  // reading a workbook back (tests, a re-imported export): the style says quotePrefix again
  const parseOpen = StyleXform.prototype.parseOpen
  StyleXform.prototype.parseOpen = function (node: { name: string; attributes: Record<string, string> }) {
    const r = parseOpen.call(this, node)
    if (node.name === 'xf' && !this.parser && node.attributes.quotePrefix === '1') this.model.quotePrefix = true
    return r
  }
  const getStyleModel = StylesXform.prototype.getStyleModel
  StylesXform.prototype.getStyleModel = function (id: number) {
    const model = getStyleModel.call(this, id)
    if (model && this.model.styles[id]?.quotePrefix) model.quotePrefix = true
    return model
  }
}

install()

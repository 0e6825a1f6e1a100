import type { Page } from 'playwright-core'

/**
 * What a clerk at 1366×768 must see without scrolling sideways: for each grid (its data-testid),
 * the AG Grid column ids that carry the screen's meaning. Less important columns may sit behind
 * the column chooser; these may not.
 */
export const keyColumns: Record<string, string[]> = {
  // 环节进度: the person and the four stages, 领导核验 and 党委审定 included
  'stages-grid': ['staffNo', 'name', 'self', 'peer', 'leader', 'committee'],
  'roster-grid': ['staffNo', 'name', 'department', 'positionClass', 'rankTitle', 'isLeader', 'status'],
  'indicator-grid': ['tree', 'name', 'weight', 'weightSum', 'layer', 'scope', 'nature', 'mode', 'target'],
  'period-grid': ['id', 'name', 'kind', 'status', 'scheme', 'range', 'participants', 'ratingCount', 'actions'],
  'results-grid': ['rank', 'staffNo', 'name', 'department', 'total', 'grade', 'flags', 'dim-D', 'dim-N', 'dim-Q', 'dim-J', 'dim-L'],
  'results-grid:compact': ['rank', 'staffNo', 'name', 'total', 'grade'],
  'appeals-grid': ['id', 'name', 'department', 'kind', 'filedOn', 'fileBy', 'decideBy', 'late', 'status', 'decidedOn', 'reason'],
  'uses-grid': ['name', 'department', 'basis', 'action', 'status', 'note'],
  'audit-log-grid': ['id', 'at', 'user', 'role', 'method', 'entity', 'entityId', 'before', 'after'],
  // 评分 → 导入: the person, the item and each rater role's mean (the fixture's 领导, 互评, 自评)
  'ratings-grid': ['staffNo', 'name', 'indicatorName', '领导-mean', '互评-mean', '自评-mean'],
  // 评分 → 满意度 / 民主测评 / 指标完成值: whose row, which item, and the figures imported
  'input-list-grid-satisfaction': ['staffNo', 'name', 'indicatorName', 'satisfied', 'basicSatisfied', 'dissatisfied', 'rate', 'responses'],
  'input-list-grid-ballots': ['staffNo', 'name', 'indicatorName', 'excellent', 'competent', 'basic', 'incompetent', 'unknown', 'votes'],
  'input-list-grid-measures': ['staffNo', 'name', 'indicatorName', 'actual'],
}

/**
 * The required columns of a grid that are not wholly inside the grid's box: scrolled out of view,
 * cut at the right edge, hidden, or never rendered. Empty when the grid shows them all.
 */
export async function cutColumns(page: Page, gridTestId: string, required: string[] = keyColumns[gridTestId] ?? []): Promise<string[]> {
  // the page's code runs in the browser: written as text, since this project's Node types have no DOM
  return page.evaluate(`((id, required) => {
      const box = document.querySelector('[data-testid="' + id + '"] .ag-root-wrapper')
      if (!box) return required.map((c) => c + ' (no grid)')
      const edge = box.getBoundingClientRect()
      const shown = new Set()
      for (const cell of box.querySelectorAll('.ag-header-cell[col-id]')) {
        const r = cell.getBoundingClientRect()
        if (r.width > 0 && r.left >= edge.left - 1 && r.right <= edge.right + 1) shown.add(cell.getAttribute('col-id'))
      }
      return required.filter((c) => !shown.has(c))
    })(${JSON.stringify(gridTestId)}, ${JSON.stringify(required)})`) as Promise<string[]>
}

/**
 * Every grid the clerk can see that has key columns listed, with the ones it cuts ("grid: col, col").
 * While a modal dialog is open only its own grids count: the screen behind it cannot be read. A grid
 * set narrow beside a panel (`data-grid-compact`, e.g. results beside the explanation) is held to
 * its `<id>:compact` list.
 */
export async function cutGrids(page: Page): Promise<string[]> {
  const grids = (await page.evaluate(`(() => {
    const modal = document.querySelector('dialog[open]')
    const scope = modal && modal.matches(':modal') ? modal : document
    return [...scope.querySelectorAll('[data-testid]')]
      .filter((e) => e.querySelector(':scope .ag-root-wrapper'))
      .map((e) => ({ id: e.getAttribute('data-testid'), compact: e.closest('[data-grid-compact]') !== null }))
  })()`)) as { id: string; compact: boolean }[]
  const cut: string[] = []
  for (const { id, compact } of grids) {
    const required = keyColumns[compact ? `${id}:compact` : id]
    if (!required) continue
    const missing = await cutColumns(page, id, required)
    if (missing.length > 0) cut.push(`${id}: ${missing.join(', ')}`)
  }
  return cut
}

/** Latin words a Chinese screen may carry: product, file-format and keyboard-key names, not English prose. */
const latinAllowed = new Set(
  ['Kaohe', 'Excel', 'WPS', 'LibreOffice', 'PDF', 'CSV', 'XLSX', 'xlsx', 'xls', 'csv', 'zip', 'ZIP', 'AHP', 'OKR', 'KPI', 'UTF', 'GBK', 'SQLite', 'PostgreSQL', 'Windows', 'Linux', 'http', 'https', 'localhost', 'kaohe', 'png', 'Ctrl', 'Alt', 'Shift', 'Enter', 'Esc', 'Tab', 'Del'].map((w) => w.toLowerCase()),
)

/**
 * Text of the other language on the page, as short snippets: CJK in an English screen, English
 * words in a Chinese one. The office's own data is not the interface: grid cells, form values and
 * anything marked `data-user-text` (names, departments, indicators, the unit's name) are left out.
 * Attributes a screen reader speaks (aria-label, title, placeholder) count as text.
 */
export async function otherLanguageText(page: Page, lang: 'zh-CN' | 'en'): Promise<string[]> {
  const snippets = (await page.evaluate(`(() => {
    const skip = (el) => el !== null && el.closest('.ag-cell, [data-user-text], script, style, textarea, svg title, [hidden]') !== null
    const out = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent || '').trim()
      if (text && !skip(n.parentElement) && n.parentElement && n.parentElement.getClientRects().length > 0) out.push(text)
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skip(el)) continue
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = (el.getAttribute(a) || '').trim()
        if (v) out.push(v)
      }
    }
    return out
  })()`)) as string[]
  const found = new Set<string>()
  for (const s of snippets) {
    if (lang === 'en') {
      if (/[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/.test(s)) found.add(s.slice(0, 80))
    } else {
      const words = s.match(/[A-Za-z]{3,}/g) ?? []
      if (words.some((w) => !latinAllowed.has(w.toLowerCase()))) found.add(s.slice(0, 80))
    }
  }
  return [...found]
}

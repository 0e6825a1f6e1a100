import type { Page } from 'playwright-core'

/**
 * What a clerk at 1366×768 must see without scrolling sideways: for each grid (its data-testid),
 * the AG Grid column ids that carry the screen's meaning. Less important columns may sit behind
 * the column chooser; these may not.
 */
export const keyColumns: Record<string, string[]> = {
  // 环节进度: the person and the four stages, 领导核验 and 党委审定 included
  'stages-grid': ['staffNo', 'name', 'self', 'peer', 'leader', 'committee'],
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

/** Every grid on the page that has key columns listed, with the ones it cuts ("grid: col, col"). */
export async function cutGrids(page: Page): Promise<string[]> {
  const ids = (await page.evaluate(`[...document.querySelectorAll('[data-testid]')].filter((e) => e.querySelector(':scope .ag-root-wrapper')).map((e) => e.getAttribute('data-testid'))`)) as string[]
  const cut: string[] = []
  for (const id of ids) {
    if (!keyColumns[id]) continue
    const missing = await cutColumns(page, id)
    if (missing.length > 0) cut.push(`${id}: ${missing.join(', ')}`)
  }
  return cut
}

/** Latin words a Chinese screen may carry: product and file-format names, not English prose. */
const latinAllowed = new Set(
  ['Kaohe', 'Excel', 'WPS', 'LibreOffice', 'PDF', 'CSV', 'XLSX', 'xlsx', 'xls', 'csv', 'zip', 'ZIP', 'AHP', 'OKR', 'KPI', 'UTF', 'GBK', 'SQLite', 'PostgreSQL', 'Windows', 'Linux', 'http', 'https', 'localhost', 'kaohe', 'png'].map((w) => w.toLowerCase()),
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

import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { addRow, editCell, saveScheme, selectRow } from './actions/scheme-workbench'
import { goTo } from './actions/navigate'
import { SchemeWorkbenchModel } from './pages/scheme-workbench'
import { useApp } from './support/app'
import { screenshot } from './support/browser'
import { waitUntil } from './support/wait'

const app = useApp()
let page: Page
beforeAll(() => {
  page = app.page
})

describe('a scheme started from nothing', () => {
  it('creates an empty draft and builds its first rows in the editor', async () => {
    await goTo(page, 'scheme')
    await page.getByTestId('scheme-create-open').click()
    await page.getByTestId('scheme-create-name').fill('专项考核2026')
    await page.getByTestId('scheme-create-confirm').click()
    const wb = new SchemeWorkbenchModel(page)
    await waitUntil(async () => (await wb.select.inputValue()) === '专项考核2026', 10_000, 'the new scheme chosen')

    const dimension = await addRow(wb, 'sibling', '项目推进')
    await editCell(wb, dimension, 'weight', '100')
    await selectRow(wb, dimension)
    const first = await addRow(wb, 'child', '节点完成率')
    await editCell(wb, first, 'weight', '60')
    await selectRow(wb, first)
    const second = await addRow(wb, 'sibling', '协同配合')
    await editCell(wb, second, 'weight', '40')
    await screenshot(page, '49-scheme-created-editing')
    await waitUntil(async () => (await wb.weightSum(dimension).getAttribute('data-state')) === 'ok', 5_000, 'the new parent sums to 100 %')
    await saveScheme(wb)
    expect(await wb.saveError.count()).toBe(0)
    await screenshot(page, '49-scheme-created')

    // the stored scheme has the three rows, read back through the bridge as the CLI would
    const s = await app.api('scheme-get', { name: '专项考核2026' })
    expect(s.version).toBe(1)
    expect(s.indicators.map((i) => [i.name, i.parentCode === null, i.weight])).toEqual([
      ['项目推进', true, 1],
      ['节点完成率', false, 0.6],
      ['协同配合', false, 0.4],
    ])
  })
})

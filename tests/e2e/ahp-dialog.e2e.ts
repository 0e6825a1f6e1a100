import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t } from '../../shared/i18n'
import { switchLocale } from './actions/locale'
import { openWeights, openWorkbench } from './actions/scheme-workbench'
import type { WeightsDialogModel } from './pages/scheme-workbench'
import { useApp } from './support/app'
import { cleanShot, fixtureFile } from './support/browser'
import { otherLanguageText } from './support/screen-checks'
import { waitUntil } from './support/wait'

const SCHEME = '权重对话框2025'
const app = useApp()
let page: Page

beforeAll(async () => {
  page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.api('roster-import', { file: await fixtureFile('roster.xlsx') })
  await app.api('scheme-import', { file: await fixtureFile('scheme.xlsx'), name: SCHEME })
})

/**
 * Text of the other language inside the dialog only (the workbench behind it is another screen's
 * test); λmax is the formula's symbol, not English.
 */
async function otherLanguageInDialog(lang: 'zh-CN' | 'en'): Promise<string[]> {
  const inDialog = (await page.getByTestId('weights-dialog').innerText()).replace(/\s+/g, ' ')
  // the title names the node (J 绩): office data inside a sentence of the interface
  const title = (await page.getByTestId('weights-dialog').getAttribute('aria-label')) ?? ''
  return (await otherLanguageText(page, lang)).filter((s) => s !== 'λmax' && s !== title && inDialog.includes(s.replace(/\s+/g, ' ')))
}

/** The dialog's and its tab bar's boxes on each tab, rounded to the pixel. */
async function boxesPerTab(dialog: WeightsDialogModel) {
  const out: Record<string, string> = {}
  for (const tab of ['direct', 'ahp', 'entropy', 'mix'] as const) {
    await dialog.tab(tab).click()
    await waitUntil(async () => (await dialog.tab(tab).getAttribute('aria-selected')) === 'true', 5_000, `tab ${tab}`)
    const d = await dialog.root.boundingBox()
    const bar = await dialog.tab('direct').boundingBox()
    if (!d || !bar) throw new Error('the dialog is not on screen')
    out[tab] = [d.x, d.y, d.width, d.height, bar.x, bar.y].map(Math.round).join(',')
  }
  return out
}

describe('权重计算 dialog at 1366×768: one size, asks before discarding, refuses the untouched matrix', () => {
  let dialog: WeightsDialogModel

  it('keeps one size across its tabs: the tab bar does not move', async () => {
    dialog = await openWeights(await openWorkbench(page, SCHEME), 'J')
    const boxes = await boxesPerTab(dialog)
    expect(new Set(Object.values(boxes)).size).toBe(1)
  })

  it('refuses to apply the all-1 start matrix, saying why', async () => {
    await dialog.tab('ahp').click()
    await page.getByTestId('ahp-tab').waitFor()
    expect(await dialog.apply.isDisabled()).toBe(true)
    expect(await page.getByTestId('weights-blocked').textContent()).toBe(t('ui.weights.blockedAhpUnjudged'))
    await dialog.tab('mix').click()
    expect(await dialog.apply.isDisabled()).toBe(true)
    await dialog.tab('ahp').click()
    expect(await otherLanguageInDialog('zh-CN')).toEqual([])
    await cleanShot(page, '110-ahp-dialog-unjudged')
  })

  it('asks before discarding judgments on close; 继续填写 keeps them', async () => {
    // J1 twice as important as J2 and J3: consistent (CR 0)
    await dialog.judgment(0, 1).selectOption('2')
    await dialog.judgment(0, 2).selectOption('2')
    await waitUntil(async () => !(await dialog.apply.isDisabled()), 5_000, 'apply enabled once judged')
    await dialog.close.click()
    const confirm = page.getByTestId('weights-discard')
    await confirm.waitFor()
    expect(await confirm.textContent()).toContain(t('ui.weights.discardBody'))
    await cleanShot(page, '111-ahp-discard-confirm')
    await page.getByTestId('weights-discard-cancel').click()
    await confirm.waitFor({ state: 'hidden' })
    expect(await dialog.judgment(0, 1).inputValue()).toBe('2')
    await dialog.close.click()
    await page.getByTestId('weights-discard-confirm').click()
    await dialog.root.waitFor({ state: 'hidden' })
    // nothing was applied
    const history = await app.api('weights-history', { name: SCHEME })
    expect(history).toEqual([])
  })

  it('in English: the same refusal and question', async () => {
    await switchLocale(page, async () => (await page.getByTestId('nav-scheme').textContent()) ?? '', t('nav.scheme', undefined, 'en'))
    dialog = await openWeights(await openWorkbench(page, SCHEME), 'J')
    const boxes = await boxesPerTab(dialog)
    expect(new Set(Object.values(boxes)).size).toBe(1)
    await dialog.tab('ahp').click()
    expect(await page.getByTestId('weights-blocked').textContent()).toBe(t('ui.weights.blockedAhpUnjudged', undefined, 'en'))
    expect(await otherLanguageInDialog('en')).toEqual([])
    await cleanShot(page, '112-ahp-dialog-unjudged-en')
    await dialog.judgment(0, 1).selectOption('3')
    await dialog.close.click()
    await page.getByTestId('weights-discard').waitFor()
    await cleanShot(page, '113-ahp-discard-confirm-en')
    await page.getByTestId('weights-discard-confirm').click()
    await dialog.root.waitFor({ state: 'hidden' })
  })
})

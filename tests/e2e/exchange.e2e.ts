import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { ExportedFile, PeriodResults } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { buildAnnualYear, type AnnualYear } from '../support/annual-year'
import { tempDir } from '../support/temp-dir'
import { goTo } from './actions/navigate'
import { switchLocale } from './actions/locale'
import { ExchangeCardModel } from './pages/exchange-card'
import { useApp } from './support/app'
import { cleanShot } from './support/browser'
import { waitUntil } from './support/wait'

const KEY = '镇县两级考核数据交换-2026 春'
const PERIODS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2025']

const app = useApp()
const tmp = tempDir('kaohe-e2e-exchange-')
let page: Page
let town: AnnualYear
let card: ExchangeCardModel
let year: Buffer

beforeAll(async () => {
  page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
  card = new ExchangeCardModel(page)
  // the town's office: its own database and backend, beside the county's the page works in
  town = await buildAnnualYear(path.join(tmp.dir, 'town.db'))
  await town.ok('exchange-key-set', { key: KEY })
  year = Buffer.from((await town.ok<ExportedFile>('exchange-export', { all: true })).dataBase64, 'base64')
}, 120_000)
afterAll(async () => {
  await town?.backend.close()
  tmp.cleanup()
})

describe('设置 → 数据交换: the county imports the town’s year', () => {
  it('sets the shared key and shows only its fingerprint, the same as the town’s', async () => {
    await goTo(page, 'settings')
    await card.card.waitFor()
    expect(await card.keyState.getAttribute('data-set')).toBe('false')
    await card.keyInput.fill('太短')
    expect(await card.keySave.isDisabled()).toBe(true)
    await card.keyInput.fill(KEY)
    await card.keySave.click()
    const { fingerprint } = await town.ok<{ fingerprint: string }>('exchange-key-get', {})
    await waitUntil(async () => ((await card.keyState.textContent()) ?? '').includes(fingerprint), 10_000, 'the fingerprint')
    expect(await card.keyInput.inputValue()).toBe('')
    expect(await card.card.textContent()).not.toContain(KEY)
    await card.card.scrollIntoViewIfNeeded()
    await cleanShot(page, '47-exchange-key-set')
  })

  it('previews the town’s package: every period and row new, nothing written until confirmed', async () => {
    await card.choose('乡镇2025年度.khx', year)
    expect(await card.periods.locator('tr[data-state="add"]').count()).toBe(PERIODS.length)
    expect(await card.count('people')).toEqual([8, 0, 0])
    expect(await card.count('results')).toEqual([40, 0, 0])
    expect(await app.api('period-list', {})).toEqual([])
    await cleanShot(page, '48-exchange-preview-adds')
    await card.confirm.click()
    await card.preview.waitFor({ state: 'detached' })
    for (const period of PERIODS) {
      const ours = await app.api('results-list', { period })
      expect(ours).toEqual(await town.ok<PeriodResults>('results-list', { period }))
    }
  })

  it('exports a period from the screen as a .khx package the other side can check', async () => {
    await card.scope.selectOption('2025-Q2')
    const [download] = await Promise.all([page.waitForEvent('download'), card.export.click()])
    expect(download.suggestedFilename()).toMatch(/^kaohe-2025-Q2-\d{4}-\d{2}-\d{2}\.khx$/)
    const saved = path.join(tmp.dir, download.suggestedFilename())
    await download.saveAs(saved)
    const back = await town.ok<{ periods: { id: string; state: string }[]; conflicts: string[] }>('exchange-import-preview', {
      file: { fileName: 'back.khx', dataBase64: fs.readFileSync(saved).toString('base64') },
    })
    expect(back.periods).toEqual([expect.objectContaining({ id: '2025-Q2', state: 'same' })])
    expect(back.conflicts).toEqual([])
  })

  it('in English: a package whose Q1 differs from the one here shows the conflict and cannot be imported', async () => {
    await town.ok('entry-save', { period: '2025-Q1', role: '领导', rater: '局长', cells: [{ staffNo: 'S01', code: 'D1', score: 60 }, { staffNo: 'S01', code: 'J1', score: 60 }] })
    await town.ok('results-compute', { period: '2025-Q1' })
    const changed = Buffer.from((await town.ok<ExportedFile>('exchange-export', { periods: ['2025-Q1'] })).dataBase64, 'base64')
    await switchLocale(page, async () => (await card.export.textContent()) ?? '', t('ui.exchange.exportButton', undefined, 'en'))
    const before = await app.api('results-list', { period: '2025-Q1' })
    await card.choose('town-Q1-again.khx', changed)
    expect(await card.periods.locator('tr[data-state="conflict"]').count()).toBe(1)
    const conflict = (await card.conflicts.textContent()) ?? ''
    expect(conflict).toContain('The period 2025-Q1')
    expect(conflict).toContain('S01 score here 95, in the package 60')
    expect(await card.confirm.isDisabled()).toBe(true)
    // new, changed, same, in conflict: Q1's eight results are neither added nor skipped
    expect(await card.count('results')).toEqual([0, 0, 0, 8])
    await cleanShot(page, '49-exchange-conflict-en')
    await card.cancel.click()
    expect(await app.api('results-list', { period: '2025-Q1' })).toEqual(before)
    await switchLocale(page, async () => (await card.export.textContent()) ?? '', t('ui.exchange.exportButton'))
  })

  it('replaces the key after a warning; the town’s packages are then refused, naming both fingerprints', async () => {
    const before = (await card.keyState.textContent()) ?? ''
    await card.keyInput.fill('县里新约定的另一句交换密钥，下季度起使用')
    await card.keySave.click()
    await page.getByTestId('exchange-replace').waitFor()
    await page.getByTestId('exchange-replace-confirm').click()
    await waitUntil(async () => ((await card.keyState.textContent()) ?? '') !== before, 10_000, 'the new fingerprint')
    await card.file.setInputFiles({ name: '乡镇2025年度.khx', mimeType: 'application/zip', buffer: year })
    const error = page.getByTestId('toast-error')
    await error.waitFor()
    expect(await error.textContent()).toMatch(/交换包“乡镇2025年度\.khx”不是用本机的交换密钥签发的：包的密钥指纹 [0-9A-F ]{19}，本机 [0-9A-F ]{19}/)
    expect(await card.preview.count()).toBe(0)
  })
})

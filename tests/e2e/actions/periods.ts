import type { Page } from 'playwright-core'
import { PeriodsPageModel } from '../pages/periods-page'
import { goTo } from './navigate'

export async function createPeriod(page: Page, p: { id: string; kind: 'quarter' | 'annual' | 'special'; scheme: string }): Promise<PeriodsPageModel> {
  await goTo(page, 'periods')
  const periods = new PeriodsPageModel(page)
  await periods.kind.selectOption(p.kind)
  await periods.scheme.locator(`option[value="${p.scheme}"]`).waitFor({ state: 'attached' })
  await periods.scheme.selectOption(p.scheme)
  await periods.id.fill(p.id)
  await periods.create.click()
  await periods.grid.row(p.id).waitFor()
  return periods
}

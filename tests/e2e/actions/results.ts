import type { Page } from 'playwright-core'
import { ResultsPageModel } from '../pages/results-page'
import { waitUntil } from '../support/wait'
import { choosePeriod, goTo } from './navigate'

export async function computeResults(page: Page, period: string): Promise<ResultsPageModel> {
  await goTo(page, 'results')
  await choosePeriod(page, period)
  const results = new ResultsPageModel(page)
  await results.compute.click()
  // computing ends when the button is enabled again
  await waitUntil(() => results.compute.isEnabled(), 120_000, 'the computation to finish')
  return results
}

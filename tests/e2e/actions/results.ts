import type { Page } from 'playwright-core'
import { ExplainPanelModel } from '../pages/explain-panel'
import { ExemptDialogModel, OverrideDialogModel, ResultsPageModel } from '../pages/results-page'
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

/** Opens 结果 on a period and waits for its rows. */
export async function openResults(page: Page, period: string, someone: string): Promise<ResultsPageModel> {
  await goTo(page, 'results')
  await choosePeriod(page, period)
  const results = new ResultsPageModel(page)
  await results.grid.row(someone).waitFor()
  return results
}

/** Brings a person's row into view with the search and selects it with a click. */
export async function selectPerson(results: ResultsPageModel, staffNo: string): Promise<void> {
  await results.search.fill(staffNo)
  await results.grid.cell(staffNo, 'name').click()
  await waitUntil(async () => (await results.selection.getAttribute('data-staff')) === staffNo, 5_000, `${staffNo} selected`)
}

/** Selects the person and opens the explanation panel, loaded. */
export async function openExplanation(results: ResultsPageModel, staffNo: string): Promise<ExplainPanelModel> {
  await selectPerson(results, staffNo)
  await results.explainOpen.click()
  const panel = new ExplainPanelModel(results.page)
  await waitUntil(() => panel.loadedFor(staffNo), 20_000, `the explanation of ${staffNo}`)
  return panel
}

/** 改定等次 filled in for a person, the dialog left open for the caller to look at and save. */
export async function fillOverride(results: ResultsPageModel, staffNo: string, grade: string, reason: string): Promise<OverrideDialogModel> {
  await selectPerson(results, staffNo)
  await results.overrideOpen.click()
  const dialog = new OverrideDialogModel(results.page)
  await dialog.root.waitFor()
  await dialog.grade.selectOption(grade)
  await dialog.reason.fill(reason)
  return dialog
}

export async function fillExemption(results: ResultsPageModel, staffNo: string, indicator: string, evaluation: string, reason: string): Promise<ExemptDialogModel> {
  await selectPerson(results, staffNo)
  await results.exemptOpen.click()
  const dialog = new ExemptDialogModel(results.page)
  await dialog.root.waitFor()
  await dialog.indicator.locator(`option[value="${indicator}"]`).waitFor({ state: 'attached' })
  await dialog.indicator.selectOption(indicator)
  await dialog.evaluation.fill(evaluation)
  await dialog.reason.fill(reason)
  return dialog
}


import type { Page } from 'playwright-core'
import type { AppealCorrection } from '../../../shared/contract'
import { NoticePageModel } from '../pages/notice-page'
import { StagesPageModel } from '../pages/stages-page'
import { waitUntil } from '../support/wait'
import { selectAllShown, waitRecorded } from './stages'


/** 党委审定 for everyone shown (the period in review). */
export async function recordCommittee(page: Page, stages: StagesPageModel): Promise<void> {
  await stages.grid.rows.first().waitFor()
  await selectAllShown(stages)
  await stages.action('committee').click()
  await page.getByTestId('stage-committee-dialog-confirm').click()
  await waitRecorded(stages)
  await waitUntil(async () => (await stages.board.getAttribute('data-complete')) === 'true', 10_000, 'every stage recorded')
}

export interface Filing {
  staffNo: string
  kind: '复核' | '申诉'
  filedOn: string
  reason: string
}

/** 登记复核/申诉 through its dialog, leaving it open before saving when `before` wants a look (a screenshot). */
export async function fileAppeal(notice: NoticePageModel, f: Filing, before?: () => Promise<void>): Promise<void> {
  await notice.addOpen.click()
  const add = notice.addDialog
  await add.getByTestId('appeal-person').locator(`option[value="${f.staffNo}"]`).waitFor({ state: 'attached' })
  await add.getByTestId('appeal-person').selectOption(f.staffNo)
  await add.getByTestId('appeal-kind').selectOption(f.kind)
  await add.getByTestId('appeal-filed').fill(f.filedOn)
  await add.getByTestId('appeal-reason').fill(f.reason)
  await before?.()
  await add.getByTestId('appeal-add-save').click()
  await add.waitFor({ state: 'hidden' })
}

export interface Decision {
  outcome: 'upheld' | 'rejected'
  decidedOn: string
  text: string
  /** ratings only: the correction the walk needs */
  ratings?: Extract<AppealCorrection, { kind: 'ratings' }>['ratings']
}

/** 作出决定 on one appeal's row: the outcome, the day, the text and any corrected ratings, then saved (a recomputation). */
export async function decideAppeal(notice: NoticePageModel, id: number | string, d: Decision, before?: () => Promise<void>): Promise<void> {
  await notice.decideOpen(id).click()
  const decide = notice.decideDialog
  await decide.getByTestId('appeal-outcome').selectOption(d.outcome)
  await decide.getByTestId('appeal-decided-on').fill(d.decidedOn)
  await decide.getByTestId('appeal-decision').fill(d.text)
  if (d.ratings) {
    await decide.getByTestId('appeal-correction-kind').selectOption('ratings')
    for (const [i, r] of d.ratings.entries()) {
      if (i > 0) await decide.getByTestId('correction-add-row').click()
      await decide.getByTestId(`correction-indicator-${i}`).locator(`option[value="${r.indicator}"]`).waitFor({ state: 'attached' })
      await decide.getByTestId(`correction-indicator-${i}`).selectOption(r.indicator)
      await decide.getByTestId(`correction-role-${i}`).selectOption(r.role)
      if (r.rater) await decide.getByTestId(`correction-rater-${i}`).fill(r.rater)
      await decide.getByTestId(`correction-score-${i}`).fill(String(r.score))
    }
  }
  await before?.()
  await decide.getByTestId('appeal-decide-save').click()
  await decide.waitFor({ state: 'hidden', timeout: 120_000 })
}

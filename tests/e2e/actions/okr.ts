import type { Page } from 'playwright-core'
import { OkrPageModel } from '../pages/okr-page'
import { waitUntil } from '../support/wait'

export interface ObjectiveForm {
  title: string
  owner: { staffNo: string } | { department: string }
  start: string
  due: string
}

export interface KeyResultForm {
  title: string
  unit: string
  baseline: number
  target: number
  weight: number
}

/** 新增目标, filled in and saved; waits until its row is in the grid. Returns the row id. */
export async function addObjective(page: Page, form: ObjectiveForm): Promise<string> {
  const okr = new OkrPageModel(page)
  await okr.add.click()
  await okr.objectiveDialog.waitFor()
  await okr.objectiveField('title').fill(form.title)
  if ('staffNo' in form.owner) {
    await okr.ownerKind('person').check()
    await okr.ownerStaffNo.fill(form.owner.staffNo)
  } else {
    await okr.ownerKind('department').check()
    await okr.ownerDepartment.selectOption(form.owner.department)
  }
  await okr.objectiveField('start').fill(form.start)
  await okr.objectiveField('due').fill(form.due)
  await okr.objectiveSave.click()
  await okr.objectiveDialog.waitFor({ state: 'hidden' })
  await okr.rowByTitle(form.title).waitFor()
  return okr.rowId(form.title)
}

/** 添加关键结果 on an objective's row; waits until the key result's row is in the grid. Returns its row id. */
export async function addKeyResult(page: Page, objectiveRowId: string, form: KeyResultForm): Promise<string> {
  const okr = new OkrPageModel(page)
  await okr.action('add-kr', objectiveRowId).click()
  await okr.krDialog.waitFor()
  await okr.krField('title').fill(form.title)
  await okr.krField('unit').fill(form.unit)
  await okr.krField('baseline').fill(String(form.baseline))
  await okr.krField('target').fill(String(form.target))
  await okr.krField('weight').fill(String(form.weight))
  await okr.krSave.click()
  await okr.krDialog.waitFor({ state: 'hidden' })
  await okr.rowByTitle(form.title).waitFor()
  return okr.rowId(form.title)
}

/** 记录进展 on a key result's row: opens the dialog (which lists the history), enters a value, saves. */
export async function openProgress(page: Page, keyResultRowId: string): Promise<OkrPageModel> {
  const okr = new OkrPageModel(page)
  await okr.action('progress', keyResultRowId).click()
  await okr.progressDialog.waitFor()
  await okr.progressEntries.first().or(okr.progressHistoryEmpty).waitFor()
  return okr
}

export async function saveProgress(page: Page, keyResultRowId: string, value: number, note: string): Promise<void> {
  const okr = new OkrPageModel(page)
  await okr.progressField('value').fill(String(value))
  await okr.progressField('note').fill(note)
  await okr.progressSave.click()
  await okr.progressDialog.waitFor({ state: 'hidden' })
  await waitUntil(async () => (await okr.bar(keyResultRowId).getAttribute('data-value')) !== null, 10_000, 'the key result row again')
}

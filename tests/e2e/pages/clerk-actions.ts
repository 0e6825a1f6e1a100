import type { Locator, Page } from 'playwright-core'

/**
 * The 考核工作人员's action controls, screen by screen, by test id: what a 部门领导 or a 只读 account
 * must not be offered (each would only answer with a refusal). An id ending in `*` names a family of
 * row buttons (`period-advance-2025-Q1`, `okr-edit-o3`…) by its prefix. An import is offered by its
 * button alone: the file is chosen inside the dialog it opens.
 */
export const clerkActions = {
  org: ['roster-import-file-button'],
  history: ['history-import-file-button'],
  penalties: ['penalty-import-file-button', 'penalty-add-open'],
  scheme: ['scheme-create-open', 'scheme-import-open', 'scheme-new-draft', 'scheme-save', 'scheme-discard', 'op-sibling', 'op-child', 'op-delete', 'op-undo', 'op-weights'],
  periodList: ['period-form', 'period-create', 'period-open-*', 'period-advance-*'],
  stages: ['stage-action-self', 'stage-action-peer', 'stage-action-committee', 'stages-advance'],
  okr: ['okr-add', 'okr-import-file-button', 'okr-add-kr-*', 'okr-edit-*', 'okr-remove-*', 'okr-progress-*'],
  ratings: ['inputs-import-open'],
  entry: ['entry-undo', 'entry-redo', 'entry-status', 'entry-retry'],
  flags: ['flags-run', 'flag-confirm-*', 'flag-exclude-*'],
  results: ['results-compute', 'override-open', 'override-remove', 'exempt-open'],
  notice: ['notice-publish-form', 'notice-publish', 'appeal-add-open', 'appeal-decide-open'],
  uses: ['use-status-*'],
  settings: [
    'settings-save',
    'settings-reset',
    'settings-defaults',
    'rater-settings-save',
    'rater-settings-clear',
    'calendar-save',
    'calendar-reset',
    'calendar-holidays-add',
    'calendar-makeUpDays-add',
    'calendar-holidays-remove-*',
    'department-grades-save',
    'department-grades-reset',
  ],
} as const

/** One control, or the family of row buttons an id ending in `*` names. */
export function control(page: Page, id: string): Locator {
  return id.endsWith('*') ? page.locator(`[data-testid^="${id.slice(0, -1)}"]`) : page.getByTestId(id)
}

/** The ids among `ids` that the page shows at least once: [] when none of them is offered. */
export async function offered(page: Page, ids: readonly string[]): Promise<string[]> {
  const found: string[] = []
  for (const id of ids) if ((await control(page, id).count()) > 0) found.push(id)
  return found
}

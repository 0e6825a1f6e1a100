import type { HandlerMap } from '../context'
import { t } from '../../../shared/i18n'
import { buildPersonSheet } from '../../excel/write/person-sheet'
import { loadUnitName } from '../report/report-queries'
import { loadPersonExplanation } from './person-explanation'

export const explainHandlers: HandlerMap<'results-explain' | 'results-explain-export'> = {
  async 'results-explain'(input, ctx) {
    return loadPersonExplanation(ctx.db, input.period, input.staffNo)
  },

  async 'results-explain-export'(input, ctx) {
    const explanation = await loadPersonExplanation(ctx.db, input.period, input.staffNo)
    const bytes = await buildPersonSheet(explanation, { unitName: await loadUnitName(ctx.db) })
    return {
      // a name or staff number with a path character must not make a path of the file name
      fileName: t('explain.fileName', { period: explanation.period, staffNo: explanation.staffNo, name: explanation.name }).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_'),
      dataBase64: bytes.toString('base64'),
    }
  },
}

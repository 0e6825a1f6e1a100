import { describe, expect, it } from 'vitest'
import { cellProblem, locatedMessage, problemText, refusalMessage, rowProblem, shownValue } from '../../../electron/excel/problems'
import { t } from '../../../shared/i18n'

describe('a problem says its location once and quotes values short', () => {
  it('a quoted value longer than 30 characters is cut there with …; a shorter one is kept whole, line breaks as spaces', () => {
    const long = '一二三四五六七八九十'.repeat(4)
    expect(shownValue(long)).toBe(`${long.slice(0, 30)}…`)
    expect(shownValue('S001')).toBe('S001')
    expect(shownValue('第一行\n第二行')).toBe('第一行 第二行')
  })

  it('only the parameters that quote the file are cut; a list of choices stays whole', () => {
    const value = 'x'.repeat(45)
    const choices = '优秀、称职、基本称职、不称职、不定等次、优秀、称职、基本称职、不称职、不定等次'
    const text = problemText('import.problem.badChoice', { value, choices })
    expect(text).toBe(`“${'x'.repeat(30)}…”不是可用的值，可填：${choices}`)
  })

  it('a cell problem’s message holds the words only; the refusal line and a standalone line put the location in front, once', () => {
    const p = cellProblem('error', '名册', 7, { letter: 'B', header: '姓名' }, problemText('import.problem.required'))
    expect(p).toEqual({ severity: 'error', sheet: '名册', row: 7, column: 'B', columnName: '姓名', message: '不能为空' })
    expect(locatedMessage(p)).toBe('工作表“名册”第 7 行“姓名”列（B 列）：不能为空')
    expect(locatedMessage(rowProblem('warning', '名册', 9, '说明'))).toBe('工作表“名册”第 9 行：说明')
    expect(refusalMessage([p])).toBe('文件中有 1 处错误，未写入任何数据。第一处：工作表“名册”第 7 行“姓名”列（B 列）：不能为空')
  })

  it('the same line in English', () => {
    const p = cellProblem('error', 'Staff', 7, { letter: 'B', header: 'Name' }, t('import.problem.required', undefined, 'en'))
    const where = `${t('import.inSheet', { sheet: 'Staff' }, 'en')}${t('import.at.row', { row: 7 }, 'en')}${t('import.at.column', { header: 'Name', column: 'B' }, 'en')}`
    expect(t('import.at.where', { where, message: p.message }, 'en')).toBe(`Sheet "Staff" row 7, column "Name" (B): ${p.message}`)
  })
})

import { describe, expect, it } from 'vitest'
import { officeText, plainText, splitOfficeText } from '../../../shared/i18n/office-text'
import { t } from '../../../shared/i18n'

describe("the office's own words inside an interface sentence", () => {
  it('splits a note into interface words and the office data, marks removed', () => {
    const note = t('import.note.departmentsNew', { count: 2, list: officeText('党政办公室、财政所') }, 'en')
    expect(splitOfficeText(note)).toEqual([
      { text: '2 new departments: ', office: false },
      { text: '党政办公室、财政所', office: true },
    ])
    expect(plainText(note)).toBe('2 new departments: 党政办公室、财政所')
  })
  it('leaves a sentence without office words whole', () => {
    expect(splitOfficeText('Nothing to change.')).toEqual([{ text: 'Nothing to change.', office: false }])
  })
})

import type { ImportProblem } from '../../../shared/contract'
import { birthDisagrees, checkIdNumber } from '../../../shared/domain/id-number'
import { checkPhone } from '../../../shared/domain/phone-number'
import type { FoundTable, TableRow } from '../../excel/find-table'
import { cellText } from '../../excel/normalize'
import { problemText } from '../../excel/problems'

/** the fields as read; a key is absent when the file has no such column */
export interface SensitiveCells {
  idNumber?: string | null
  phone?: string | null
}

type At = (table: FoundTable, r: TableRow, key: string, message: string, severity?: ImportProblem['severity']) => ImportProblem

/**
 * Beyond 15 digits a number cell has lost its last digits already (a double holds about 15): an
 * 18-digit 身份证号 typed into a General cell arrives as 110101199003071000, so it is refused with
 * that cause rather than as a wrong check digit.
 */
const EXACT_DIGITS_MAX = 1e15

/**
 * 身份证号 and 联系电话 of one roster row, checked (GB 11643, 7–20 digits), and 出生年月 compared with
 * the ID's birth date: a disagreement is a warning naming both, the file's 出生年月 is what is stored.
 * Only the columns the file has are answered, so a re-import without them keeps the stored values.
 */
export function readSensitive(table: FoundTable, r: TableRow, birth: string | null | undefined, problems: ImportProblem[], at: At): SensitiveCells {
  const row: SensitiveCells = {}
  if (table.byField.has('idNumber')) {
    const raw = r.values.idNumber ?? null
    const text = cellText(raw)
    row.idNumber = null
    if (typeof raw === 'number' && Math.abs(raw) >= EXACT_DIGITS_MAX) {
      problems.push(at(table, r, 'idNumber', problemText('import.problem.idNumberAsNumber', { value: text ?? '' })))
    } else if (text !== null) {
      const id = checkIdNumber(text)
      if (id.ok) {
        row.idNumber = id.value
        if (birth && birthDisagrees(birth, id.birth)) {
          problems.push(at(table, r, 'birth', problemText('import.problem.birthMismatch', { birth, idBirth: id.birth }), 'warning'))
        }
      } else if (id.problem === 'length') {
        problems.push(at(table, r, 'idNumber', problemText('import.problem.idNumberLength', { value: text, length: [...id.value].length })))
      } else if (id.problem === 'characters') {
        problems.push(at(table, r, 'idNumber', problemText('import.problem.idNumberCharacters', { value: text })))
      } else if (id.problem === 'birthDate') {
        problems.push(at(table, r, 'idNumber', problemText('import.problem.idNumberBirth', { value: text, date: id.date })))
      } else {
        problems.push(at(table, r, 'idNumber', problemText('import.problem.idNumberCheck', { value: text, expected: id.expected })))
      }
    }
  }
  if (table.byField.has('phone')) {
    const text = cellText(r.values.phone ?? null)
    row.phone = text === null ? null : checkPhone(text)
    if (text !== null && row.phone === null) problems.push(at(table, r, 'phone', problemText('import.problem.badPhone', { value: text })))
  }
  return row
}

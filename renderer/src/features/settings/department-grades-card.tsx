import { useEffect, useMemo, useState } from 'react'
import { commitMethod, type DepartmentGradeEntry } from '../../../../shared/contract'
import { departmentGrades, type DepartmentGrade } from '../../../../shared/domain/settings'
import { t } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'
import { ErrorLine } from '../../components/error-line'
import { FormActions, FormCard } from '../../components/field'
import { Select } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import './settings.css'
import { useYears, YearSelect } from '../../components/year-select'
import { TableHead } from '../../components/table-head'

const gradeChoices = departmentGrades.map((g) => ({ value: g, label: domainWord(g) }))

type Choice = DepartmentGrade | ''

/**
 * 部门绩效等次 of a year: each department's own grade, which weights its share of the 优秀 places
 * when the unit shares the quota out by department grade. 未评 leaves the department at the base share.
 */
export function DepartmentGradesCard() {
  const notify = useNotify()
  const periods = useRpcQuery('period-list', {})
  const years = useYears(periods.data)
  const [year, setYear] = useState<number | null>(null)
  const chosen = year ?? years[0] ?? null
  const loaded = useRpcQuery('department-grades-list', chosen !== null ? { year: chosen } : null)
  const [grades, setGrades] = useState<Record<string, Choice>>({})
  const saving = useSubmit(notify.error)
  // a role that may not set the grades reads them: disabled choices, no buttons
  const maySet = useMayCall('department-grades-set')
  // no departments yet: the roster import makes them, so only its importer is asked to import it
  const mayImport = useMayCall(commitMethod('roster'))
  const original = useMemo(() => Object.fromEntries((loaded.data ?? []).map((d) => [d.path, d.grade ?? ''])) as Record<string, Choice>, [loaded.data])
  useEffect(() => setGrades(original), [original])
  const dirty = JSON.stringify(grades) !== JSON.stringify(original)
  const rows: DepartmentGradeEntry[] = loaded.data ?? []

  const save = () =>
    saving.submit(async () => {
      if (chosen === null) return
      await rpc('department-grades-set', { year: chosen, grades: rows.map((d) => ({ path: d.path, grade: grades[d.path] || null })) })
      loaded.reload()
      notify.success(t('ui.decide.deptGrades.saved', { year: chosen }))
    })

  return (
    <FormCard
      testId="department-grades-card"
      title={
        <>
          {t('ui.decide.deptGrades.title')}
          <YearSelect testId="department-grades-year" years={years} value={chosen} onChange={setYear} />
        </>
      }
    >
      <p className="field-help">{t('ui.decide.deptGrades.help')}</p>
      <ErrorLine testId="department-grades-error" error={loaded.error?.message} />
      <div className="table-scroll">
        <table className="table dept-grades-table" data-testid="department-grades">
          <TableHead cells={[t('ui.person.department'), t('ui.decide.deptGrades.grade')]} />
          <tbody>
            {rows.length === 0 && (
              <tr className="muted">
                <td colSpan={2}>{loaded.loading ? t('ui.loading') : t(mayImport ? 'ui.decide.deptGrades.none' : 'ui.decide.deptGrades.noneReader')}</td>
              </tr>
            )}
            {rows.map((d) => (
              <tr key={d.path} data-path={d.path}>
                <td data-user-text="">{d.path}</td>
                <td>
                  <Select<Choice> testId={`department-grade-${d.path}`} value={grades[d.path] ?? ''} options={gradeChoices} empty={t('ui.decide.deptGrades.unrated')} disabled={!maySet} onChange={(g) => setGrades({ ...grades, [d.path]: g })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {maySet && (
        <FormActions>
          <button type="button" className="button" data-testid="department-grades-reset" disabled={!dirty || saving.busy} onClick={() => setGrades(original)}>
            {t('ui.settings.reset')}
          </button>
          <button type="button" className="button button-primary" data-testid="department-grades-save" disabled={!dirty || saving.busy || rows.length === 0} onClick={() => void save()}>
            {t('action.save')}
          </button>
        </FormActions>
      )}
    </FormCard>
  )
}

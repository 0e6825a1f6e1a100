import { useEffect, useMemo, useState } from 'react'
import type { DepartmentGradeEntry } from '../../../../shared/contract'
import { departmentGrades, type DepartmentGrade } from '../../../../shared/domain/settings'
import { t } from '../../../../shared/i18n'
import { useNotify } from '../../components/notify'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import '../notice/notice.css'
import { useYears, YearSelect } from '../../components/year-select'

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
  const [saving, setSaving] = useState(false)
  const original = useMemo(() => Object.fromEntries((loaded.data ?? []).map((d) => [d.path, d.grade ?? ''])) as Record<string, Choice>, [loaded.data])
  useEffect(() => setGrades(original), [original])
  const dirty = JSON.stringify(grades) !== JSON.stringify(original)
  const rows: DepartmentGradeEntry[] = loaded.data ?? []

  const save = async () => {
    if (chosen === null) return
    setSaving(true)
    try {
      await rpc('department-grades-set', { year: chosen, grades: rows.map((d) => ({ path: d.path, grade: grades[d.path] || null })) })
      loaded.reload()
      notify.success(t('ui.decide.deptGrades.saved', { year: chosen }))
    } catch (e) {
      notify.error(e)
    } finally {
      setSaving(false)
    }
  }

  return (
    <section className="card form" data-testid="department-grades-card">
      <h2 className="panel-title">
        {t('ui.decide.deptGrades.title')}
        <YearSelect testId="department-grades-year" years={years} value={chosen} onChange={setYear} />
      </h2>
      <p className="field-help">{t('ui.decide.deptGrades.help')}</p>
      {loaded.error && (
        <p className="banner banner-bad" role="alert" data-testid="department-grades-error">
          {loaded.error.message}
        </p>
      )}
      <div className="table-scroll dept-grades-scroll">
        <table className="table dept-grades-table" data-testid="department-grades">
          <thead>
            <tr>
              <th>{t('ui.person.department')}</th>
              <th>{t('ui.decide.deptGrades.grade')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr className="muted">
                <td colSpan={2}>{loaded.loading ? t('ui.loading') : t('ui.decide.deptGrades.none')}</td>
              </tr>
            )}
            {rows.map((d) => (
              <tr key={d.path} data-path={d.path}>
                <td>{d.path}</td>
                <td>
                  <select data-testid={`department-grade-${d.path}`} value={grades[d.path] ?? ''} onChange={(e) => setGrades({ ...grades, [d.path]: e.target.value as Choice })}>
                    <option value="">{t('ui.decide.deptGrades.unrated')}</option>
                    {departmentGrades.map((g) => (
                      <option key={g} value={g}>
                        {g}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" className="button" data-testid="department-grades-reset" disabled={!dirty || saving} onClick={() => setGrades(original)}>
          {t('ui.settings.reset')}
        </button>
        <button type="button" className="button button-primary" data-testid="department-grades-save" disabled={!dirty || saving || rows.length === 0} onClick={() => void save()}>
          {t('action.save')}
        </button>
      </div>
    </section>
  )
}

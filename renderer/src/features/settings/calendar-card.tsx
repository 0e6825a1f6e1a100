import { useEffect, useState } from 'react'
import type { CalendarDay, OfficeCalendar } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { useNotify } from '../../components/notify'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import '../notice/notice.css'

type Side = 'holidays' | 'makeUpDays'
const sides: Side[] = ['holidays', 'makeUpDays']
const isoDate = /^\d{4}-\d{2}-\d{2}$/

function problems(cal: OfficeCalendar): string | null {
  const seen = new Set<string>()
  for (const side of sides)
    for (const d of cal[side]) {
      if (!isoDate.test(d.date)) return t('ui.decide.calendar.dateMissing')
      if (seen.has(d.date)) return t('ui.decide.calendar.duplicate', { date: d.date })
      seen.add(d.date)
    }
  return null
}

const sorted = (days: CalendarDay[]) => [...days].sort((a, b) => a.date.localeCompare(b.date))

/**
 * 工作日历: public holidays that fall on weekdays, and the weekend days worked instead (调休上班).
 * The notice's last day is counted over it, so the office keeps it current each year.
 */
export function CalendarCard() {
  const notify = useNotify()
  const loaded = useRpcQuery('calendar-get', {})
  const [cal, setCal] = useState<OfficeCalendar>({ holidays: [], makeUpDays: [] })
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (loaded.data) setCal(loaded.data)
  }, [loaded.data])
  const dirty = loaded.data !== undefined && JSON.stringify(cal) !== JSON.stringify(loaded.data)
  const problem = problems(cal)

  const setDay = (side: Side, i: number, patch: Partial<CalendarDay>) => setCal({ ...cal, [side]: cal[side].map((d, j) => (j === i ? { ...d, ...patch } : d)) })
  const save = async () => {
    setSaving(true)
    try {
      const saved = await rpc('calendar-set', { holidays: sorted(cal.holidays), makeUpDays: sorted(cal.makeUpDays) })
      setCal(saved)
      loaded.reload()
      notify.success(t('ui.decide.calendar.saved', { holidays: saved.holidays.length, makeUp: saved.makeUpDays.length }))
    } catch (e) {
      notify.error(e)
    } finally {
      setSaving(false)
    }
  }

  return (
    <section className="card form" data-testid="calendar-card">
      <h2 className="panel-title">{t('ui.decide.calendar.title')}</h2>
      <p className="field-help">{t('ui.decide.calendar.help')}</p>
      {loaded.error && (
        <p className="banner banner-bad" role="alert" data-testid="calendar-error">
          {loaded.error.message}
        </p>
      )}
      <div className="calendar-columns">
        {sides.map((side) => (
          <fieldset key={side} data-testid={`calendar-${side}`}>
            <legend>{t(`ui.decide.calendar.${side}`)}</legend>
            <table className="table calendar-table">
              <thead>
                <tr>
                  <th>{t('ui.decide.calendar.date')}</th>
                  <th>{t('ui.decide.calendar.name')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {cal[side].length === 0 && (
                  <tr className="muted">
                    <td colSpan={3}>{t('ui.decide.calendar.none')}</td>
                  </tr>
                )}
                {cal[side].map((d, i) => (
                  <tr key={i}>
                    <td>
                      <input type="date" data-testid={`calendar-${side}-date-${i}`} value={d.date} onChange={(e) => setDay(side, i, { date: e.target.value })} />
                    </td>
                    <td>
                      <input type="text" maxLength={100} data-testid={`calendar-${side}-name-${i}`} value={d.name} placeholder={t(`ui.decide.calendar.namePlaceholder.${side}`)} onChange={(e) => setDay(side, i, { name: e.target.value })} />
                    </td>
                    <td>
                      <button type="button" className="icon-button" aria-label={t('ui.decide.calendar.remove')} data-testid={`calendar-${side}-remove-${i}`} onClick={() => setCal({ ...cal, [side]: cal[side].filter((_, j) => j !== i) })}>
                        ×
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" className="button button-small calendar-add" data-testid={`calendar-${side}-add`} onClick={() => setCal({ ...cal, [side]: [...cal[side], { date: '', name: '' }] })}>
              {t('ui.decide.calendar.add')}
            </button>
          </fieldset>
        ))}
      </div>
      {problem && (
        <p className="field-error" data-testid="calendar-problem">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" data-testid="calendar-reset" disabled={!dirty || saving} onClick={() => loaded.data && setCal(loaded.data)}>
          {t('ui.settings.reset')}
        </button>
        <button type="button" className="button button-primary" data-testid="calendar-save" disabled={!dirty || saving || problem !== null} onClick={() => void save()}>
          {t('action.save')}
        </button>
      </div>
    </section>
  )
}

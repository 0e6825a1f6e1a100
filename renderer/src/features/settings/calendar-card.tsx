import { useEffect, useState } from 'react'
import type { CalendarDay, OfficeCalendar } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { ErrorLine } from '../../components/error-line'
import { FormActions, FormCard } from '../../components/field'
import { DateInput, TextInput } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import { TableHead } from '../../components/table-head'
import { coveredYears, yearCalendar } from '../../../../shared/domain/year-calendar'
import { FileButton } from '../../components/file-button'
import { ImportDialog } from '../../components/import-dialog'
import { TemplateButton } from '../../components/template-button'
import './settings.css'

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
  const saving = useSubmit(notify.error)
  // a role that may not keep the calendar reads it: disabled boxes, no add, remove or save
  const mayEdit = useMayCall('calendar-set')
  const mayImport = useMayCall('calendar-import')
  const [importFile, setImportFile] = useState<File | null>(null)
  useEffect(() => {
    if (loaded.data) setCal(loaded.data)
  }, [loaded.data])
  const dirty = loaded.data !== undefined && JSON.stringify(cal) !== JSON.stringify(loaded.data)
  const problem = problems(cal)

  const setDay = (side: Side, i: number, patch: Partial<CalendarDay>) => setCal({ ...cal, [side]: cal[side].map((d, j) => (j === i ? { ...d, ...patch } : d)) })
  const save = () =>
    saving.submit(async () => {
      const saved = await rpc('calendar-set', { holidays: sorted(cal.holidays), makeUpDays: sorted(cal.makeUpDays) })
      setCal(saved)
      loaded.reload()
      notify.success(t('ui.decide.calendar.saved', { holidays: saved.holidays.length, makeUp: saved.makeUpDays.length }))
    })

  return (
    <FormCard title={t('ui.decide.calendar.title')} testId="calendar-card">
      <p className="field-help">{t('ui.decide.calendar.help')}</p>
      <p className="field-help">{t('calendar.card.builtinHelp')}</p>
      <ErrorLine testId="calendar-error" error={loaded.error?.message} />
      {loaded.data && <CoveredYears office={loaded.data} />}
      {mayImport && (
        <div className="calendar-import">
          <TemplateButton kind="calendar" />
          <FileButton label={t('calendar.card.import')} testId="calendar-import-file" onFile={setImportFile} />
        </div>
      )}
      {importFile && (
        <ImportDialog
          kind="calendar"
          title={t('calendar.card.importTitle')}
          extra={{}}
          file={importFile}
          onImported={() => loaded.reload()}
          onClose={() => setImportFile(null)}
        />
      )}
      <div className="calendar-columns">
        {sides.map((side) => (
          <fieldset key={side} data-testid={`calendar-${side}`}>
            <legend>{t(`ui.decide.calendar.${side}`)}</legend>
            <table className="table calendar-table">
              <TableHead cells={mayEdit ? [t('ui.decide.calendar.date'), t('ui.decide.calendar.name'), null] : [t('ui.decide.calendar.date'), t('ui.decide.calendar.name')]} />
              <tbody>
                {cal[side].length === 0 && (
                  <tr className="muted">
                    <td colSpan={mayEdit ? 3 : 2}>{t('ui.decide.calendar.none')}</td>
                  </tr>
                )}
                {cal[side].map((d, i) => (
                  <tr key={i}>
                    <td>
                      <DateInput testId={`calendar-${side}-date-${i}`} value={d.date} disabled={!mayEdit} onChange={(date) => setDay(side, i, { date })} />
                    </td>
                    <td>
                      <TextInput maxLength={100} testId={`calendar-${side}-name-${i}`} value={d.name} placeholder={t(`ui.decide.calendar.namePlaceholder.${side}`)} disabled={!mayEdit} onChange={(name) => setDay(side, i, { name })} />
                    </td>
                    {mayEdit && (
                      <td>
                        <button type="button" className="icon-button" aria-label={t('ui.decide.calendar.remove')} data-testid={`calendar-${side}-remove-${i}`} onClick={() => setCal({ ...cal, [side]: cal[side].filter((_, j) => j !== i) })}>
                          ×
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {mayEdit && (
              <button type="button" className="button button-small calendar-add" data-testid={`calendar-${side}-add`} onClick={() => setCal({ ...cal, [side]: [...cal[side], { date: '', name: '' }] })}>
                {t('ui.decide.calendar.add')}
              </button>
            )}
          </fieldset>
        ))}
      </div>
      {problem && (
        <p className="field-error" data-testid="calendar-problem">
          {problem}
        </p>
      )}
      {mayEdit && (
        <FormActions>
          <button type="button" className="button" data-testid="calendar-reset" disabled={!dirty || saving.busy} onClick={() => loaded.data && setCal(loaded.data)}>
            {t('ui.settings.reset')}
          </button>
          <button type="button" className="button button-primary" data-testid="calendar-save" disabled={!dirty || saving.busy || problem !== null} onClick={() => void save()}>
            {t('action.save')}
          </button>
        </FormActions>
      )}
    </FormCard>
  )
}

/** The years with a calendar, saying whose (the rule in shared/domain/year-calendar.ts), as stored. */
function CoveredYears({ office }: { office: OfficeCalendar }) {
  return (
    <div className="calendar-years" data-testid="calendar-years">
      <span className="muted">{t('calendar.card.years')}</span>
      {coveredYears(office).map(({ year, source }) => {
        const y = yearCalendar(year, office)
        return (
          <span key={year} className={`chip chip-${source === 'office' ? 'info' : 'plain'}`} data-testid={`calendar-year-${year}`} data-source={source} title={t('calendar.card.yearDays', { year, holidays: y.holidays.length, workdays: y.makeUpDays.length })}>
            {t('calendar.card.yearLine', { year, source: t(`calendar.source.${source}`) })}
          </span>
        )
      })}
    </div>
  )
}

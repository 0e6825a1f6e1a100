import type { Notice, PeriodStatus } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { useNotify } from '../../components/notify'
import { GradeChip } from '../results/grade-chip'
import { downloadFile } from '../../lib/files'
import { dateTime, fixed2 } from '../../lib/format'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { Facts } from '../../components/facts'
import { useSubmit } from '../../lib/use-submit'
import { num, TableHead } from '../../components/table-head'

/** The published 公示: its dates, who is on it, the workbook to post, and when the period may become final. */
export function NoticeView({ notice, status }: { notice: Notice; status: PeriodStatus }) {
  const notify = useNotify()
  const exporting = useSubmit(notify.error)
  const exportIt = () =>
    exporting.submit(async () => {
      downloadFile(await rpc('notice-export', { period: notice.period }))
    })
  return (
    <section className="card" data-testid="notice-published" data-ended={String(notice.ended)} data-state={notice.state}>
      <h2 className="panel-title">
        {t('ui.decide.notice.title')}
        <button type="button" className="button button-small" data-testid="notice-export" disabled={exporting.busy} onClick={() => void exportIt()}>
          {t('ui.decide.notice.export')}
        </button>
      </h2>
      <div className="notice-body">
        <div>
          <Facts
            stacked
            className="notice-facts"
            facts={[
              {
                label: t('ui.decide.notice.dates'),
                value: (
                  <>
                    {notice.startDate} ~ <span data-testid="notice-end">{notice.endDate}</span>
                    <span className="muted">{t('ui.decide.notice.daysNote', { days: notice.workingDays })}</span>
                    {notice.uncoveredYears.length > 0 && (
                      <span className="field-error" data-testid="notice-uncovered">
                        {t('calendar.uncovered', { years: notice.uncoveredYears.join(t('ui.listSeparator')) })}
                      </span>
                    )}
                  </>
                ),
              },
              { label: t('ui.decide.notice.grades'), value: notice.grades.join(t('ui.listSeparator')) },
              { label: t('ui.decide.notice.publishedBy'), value: t('ui.decide.notice.publishedLine', { name: notice.publishedBy, at: dateTime(notice.publishedAt) }) },
            ]}
          />
          <FinalHint notice={notice} status={status} />
        </div>
        <div>
          <h3 className="notice-subtitle notice-subtitle-top">{t('ui.decide.notice.people', { n: notice.people.length })}</h3>
          <div className="table-scroll">
            <table className="table" data-testid="notice-people">
              <TableHead cells={[t('ui.person.staffNo'), t('ui.person.name'), t('ui.person.department'), t('ui.decide.col.grade'), num(t('ui.decide.col.total'))]} />
              <tbody>
                {notice.people.length === 0 && (
                  <tr className="muted">
                    <td colSpan={5}>{t('ui.decide.notice.nobody')}</td>
                  </tr>
                )}
                {notice.people.map((p) => (
                  <tr key={p.staffNo} data-staff={p.staffNo}>
                    <td>{p.staffNo}</td>
                    <td>{p.name}</td>
                    <td>{p.department}</td>
                    <td>
                      <GradeChip grade={p.grade} />
                    </td>
                    <td className="num">{fixed2(p.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </section>
  )
}

/** 定档 is done on 考核周期 (推进): this says when it becomes possible and what still holds it. */
function FinalHint({ notice, status }: { notice: Notice; status: PeriodStatus }) {
  // 定档 is a step of 推进: a role that may not advance reads when it comes, with no link to take it
  const mayAdvance = useMayCall('period-advance')
  if (status === 'final' || notice.state === 'final')
    return (
      <p className="banner banner-ok" data-testid="notice-final-hint" data-state="final">
        {t('ui.decide.final.done')}
      </p>
    )
  return (
    <p className={notice.state === 'ended' ? 'banner banner-ok' : 'hint'} data-testid="notice-final-hint" data-state={notice.state === 'ended' ? 'may' : 'wait'}>
      {mayAdvance ? (
        <>
          {notice.state === 'ended' ? t('ui.decide.final.may') : t('ui.decide.final.wait', { end: notice.endDate })}{' '}
          <a href="#/period" className="link-inline" data-testid="notice-go-period">
            {t('ui.decide.final.goPeriods')}
          </a>
        </>
      ) : notice.state === 'ended' ? (
        t('ui.decide.final.mayReader')
      ) : (
        t('ui.decide.final.waitReader', { end: notice.endDate })
      )}
    </p>
  )
}

import type { Appeal, AppealCorrection, SnapshotChange } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { kindText } from './appeal-words'
import { fixed2 } from '../../lib/format'
import { Facts } from '../../components/facts'
import { num, TableHead } from '../../components/table-head'

function correctionText(c: AppealCorrection | null): string {
  if (!c) return t('ui.decide.correctionKind.none')
  switch (c.kind) {
    case 'ratings':
      return t('ui.decide.detail.ratings', {
        items: c.ratings.map((r) => t('ui.decide.detail.ratingItem', { indicator: r.indicator, role: r.role, rater: r.rater ?? t('ui.decide.correction.raterAll'), score: r.score })).join(t('ui.noteSeparator')),
      })
    case 'exempt':
      return t('ui.decide.detail.exempt', { indicator: c.indicator, evaluation: c.evaluation })
    case 'grade':
      return t('ui.decide.detail.grade', { grade: c.grade })
  }
}

function fieldText(field: SnapshotChange['field'], dimensionNames: Record<string, string>): string {
  if (field.startsWith('dimension:')) {
    const code = field.slice('dimension:'.length)
    return t('ui.decide.field.dimension', { name: dimensionNames[code] ?? code })
  }
  return t(`ui.decide.field.${field as 'total' | 'rank' | 'grade'}`)
}

function valueText(field: SnapshotChange['field'], v: number | string | null): string {
  if (v === null) return '—'
  if (typeof v === 'number' && field !== 'rank') return fixed2(v)
  return String(v)
}

/** One appeal read in full: the filing, the decision, and every number or grade its correction moved. */
export function AppealDetail({ appeal, dimensionNames }: { appeal: Appeal; dimensionNames: Record<string, string> }) {
  return (
    <div className="appeal-detail" data-testid="appeal-detail" data-id={appeal.id} data-status={appeal.status}>
      <Facts
        stacked
        facts={[
          {
            label: t('ui.decide.detail.filing'),
            value: (
              <>
                {t('ui.decide.detail.filingLine', { name: appeal.name, kind: kindText(appeal.kind), filedOn: appeal.filedOn, by: appeal.createdBy })}
                {appeal.deadlines && <span className="muted">{t('ui.decide.detail.deadlines', { fileBy: appeal.deadlines.fileBy, decideBy: appeal.deadlines.decideBy })}</span>}
              </>
            ),
          },
          { label: t('ui.decide.col.reason'), value: appeal.reason, valueProps: { className: 'break' } },
          appeal.status !== 'pending' && {
            label: t('ui.decide.detail.decision'),
            value: t('ui.decide.detail.decisionLine', { outcome: t(`ui.decide.outcome.${appeal.status as 'upheld' | 'rejected'}`), on: appeal.decidedOn ?? '—', by: appeal.decidedBy ?? '—', text: appeal.decision ?? '' }),
            valueProps: { className: 'break', 'data-testid': 'appeal-decision-text' },
          },
          appeal.status !== 'pending' && { label: t('ui.decide.detail.correction'), value: correctionText(appeal.correction), valueProps: { className: 'break' } },
        ]}
      />
      {appeal.status === 'upheld' && <ChangesTable changes={appeal.changes} dimensionNames={dimensionNames} />}
    </div>
  )
}

function ChangesTable({ changes, dimensionNames }: { changes: SnapshotChange[]; dimensionNames: Record<string, string> }) {
  return (
    <>
      <h3 className="notice-subtitle">{t('ui.decide.changes.title', { n: changes.length })}</h3>
      <div className="table-scroll">
        <table className="table changes-table" data-testid="appeal-changes" data-count={changes.length}>
          <TableHead cells={[t('ui.person.staffNo'), t('ui.person.name'), t('ui.decide.changes.field'), num(t('ui.decide.changes.before')), num(t('ui.decide.changes.after'))]} />
          <tbody>
            {changes.length === 0 && (
              <tr className="muted">
                <td colSpan={5}>{t('ui.decide.changes.none')}</td>
              </tr>
            )}
            {changes.map((c) => (
              <tr key={`${c.staffNo}|${c.field}`} data-staff={c.staffNo} data-field={c.field}>
                <td>{c.staffNo}</td>
                <td>{c.name}</td>
                <td>{fieldText(c.field, dimensionNames)}</td>
                <td className="num" data-testid="change-before">
                  {valueText(c.field, c.before)}
                </td>
                <td className="num change-after" data-testid="change-after">
                  {valueText(c.field, c.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

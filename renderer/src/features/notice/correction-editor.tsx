import { raterRoles } from '../../../../shared/domain/settings'
import { decidableGrades, type AppealCorrection, type Indicator } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'
import { Field } from '../../components/field'
import { NumberInput, Select, TextArea, TextInput } from '../../components/inputs'
import { TableHead } from '../../components/table-head'

export type CorrectionKind = 'none' | AppealCorrection['kind']
export const correctionKinds: CorrectionKind[] = ['none', 'ratings', 'exempt', 'grade']

export interface RatingRow {
  indicator: string
  role: string
  rater: string
  score: string
}

/** What the form holds as typed; turned into the contract's correction by toCorrection. */
export interface CorrectionForm {
  kind: CorrectionKind
  ratings: RatingRow[]
  exemptIndicator: string
  evaluation: string
  grade: string
}

export const emptyRating = (): RatingRow => ({ indicator: '', role: raterRoles[0], rater: '', score: '' })
export const emptyCorrection = (): CorrectionForm => ({ kind: 'none', ratings: [emptyRating()], exemptIndicator: '', evaluation: '', grade: '' })

function scoreOf(s: string): number | null {
  if (s.trim() === '') return null
  const n = Number(s)
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null
}

/** The correction to send, or why it is not complete yet (null correction with no error: none chosen). */
export function toCorrection(form: CorrectionForm): { correction: AppealCorrection | null; error: string | null } {
  switch (form.kind) {
    case 'none':
      return { correction: null, error: null }
    case 'ratings': {
      const ratings: Extract<AppealCorrection, { kind: 'ratings' }>['ratings'] = []
      for (const [i, r] of form.ratings.entries()) {
        const score = scoreOf(r.score)
        if (!r.indicator || score === null) return { correction: null, error: t('ui.decide.correction.rowIncomplete', { row: i + 1 }) }
        ratings.push({ indicator: r.indicator, role: r.role, score, ...(r.rater.trim() ? { rater: r.rater.trim() } : {}) })
      }
      if (ratings.length === 0) return { correction: null, error: t('ui.decide.correction.noRows') }
      return { correction: { kind: 'ratings', ratings }, error: null }
    }
    case 'exempt':
      if (!form.exemptIndicator || form.evaluation.trim().length < 2) return { correction: null, error: t('ui.decide.correction.exemptIncomplete') }
      return { correction: { kind: 'exempt', indicator: form.exemptIndicator, evaluation: form.evaluation.trim() }, error: null }
    case 'grade':
      if (!form.grade) return { correction: null, error: t('ui.decide.correction.gradeMissing') }
      return { correction: { kind: 'grade', grade: form.grade as (typeof decidableGrades)[number] }, error: null }
  }
}

const roleKey = { 领导: 'ui.role.leader', 互评: 'ui.role.peer', 自评: 'ui.role.self', 群众: 'ui.role.public' } as const

function IndicatorSelect({ value, indicators, testId, onChange }: { value: string; indicators: Indicator[]; testId: string; onChange(v: string): void }) {
  return <Select testId={testId} value={value} options={indicators.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))} empty={t('ui.decide.correction.chooseIndicator')} onChange={onChange} />
}

const roleChoices = () => raterRoles.map((role) => ({ value: role as string, label: t(roleKey[role]) }))

/** 更正内容: none; new scores by indicator and role (a named rater optional); an exemption; or a grade. */
export function CorrectionEditor({ form, indicators, grades, onChange }: { form: CorrectionForm; indicators: Indicator[]; grades: readonly string[]; onChange(f: CorrectionForm): void }) {
  const setRow = (i: number, patch: Partial<RatingRow>) => onChange({ ...form, ratings: form.ratings.map((r, j) => (j === i ? { ...r, ...patch } : r)) })
  return (
    <fieldset className="correction" data-testid="appeal-correction">
      <legend>{t('ui.decide.correction.title')}</legend>
      <Field label={t('ui.decide.correction.kind')} inline>
        <Select testId="appeal-correction-kind" value={form.kind} options={correctionKinds.map((k) => ({ value: k, label: t(`ui.decide.correctionKind.${k}`) }))} onChange={(kind) => onChange({ ...form, kind })} />
      </Field>
      <p className="field-help">{t(`ui.decide.correctionHelp.${form.kind}`)}</p>
      {form.kind === 'ratings' && (
        <>
          <table className="table correction-table">
            <TableHead cells={[t('ui.decide.correction.indicator'), t('ui.decide.correction.role'), t('ui.decide.correction.rater'), t('ui.decide.correction.score'), null]} />
            <tbody>
              {form.ratings.map((r, i) => (
                <tr key={i}>
                  <td>
                    <IndicatorSelect testId={`correction-indicator-${i}`} value={r.indicator} indicators={indicators} onChange={(v) => setRow(i, { indicator: v })} />
                  </td>
                  <td>
                    <Select testId={`correction-role-${i}`} value={r.role} options={roleChoices()} onChange={(role) => setRow(i, { role })} />
                  </td>
                  <td>
                    <TextInput testId={`correction-rater-${i}`} value={r.rater} placeholder={t('ui.decide.correction.raterAll')} onChange={(rater) => setRow(i, { rater })} />
                  </td>
                  <td>
                    <NumberInput className="score-input" testId={`correction-score-${i}`} value={r.score} onChange={(score) => setRow(i, { score })} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      data-testid={`correction-remove-${i}`}
                      aria-label={t('ui.decide.correction.removeRow')}
                      disabled={form.ratings.length === 1}
                      onClick={() => onChange({ ...form, ratings: form.ratings.filter((_, j) => j !== i) })}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button button-small" data-testid="correction-add-row" onClick={() => onChange({ ...form, ratings: [...form.ratings, emptyRating()] })}>
            {t('ui.decide.correction.addRow')}
          </button>
        </>
      )}
      {form.kind === 'exempt' && (
        <div className="form">
          <Field label={t('ui.decide.correction.indicator')}>
            <IndicatorSelect testId="correction-exempt-indicator" value={form.exemptIndicator} indicators={indicators} onChange={(v) => onChange({ ...form, exemptIndicator: v })} />
          </Field>
          <Field label={t('ui.decide.correction.evaluation')}>
            <TextArea testId="correction-evaluation" rows={3} maxLength={1000} value={form.evaluation} onChange={(evaluation) => onChange({ ...form, evaluation })} />
          </Field>
        </div>
      )}
      {form.kind === 'grade' && (
        <Field label={t('ui.decide.correction.grade')} inline>
          <Select testId="correction-grade" value={form.grade} options={grades.map((g) => ({ value: g, label: domainWord(g) }))} empty={t('ui.decide.correction.chooseGrade')} onChange={(grade) => onChange({ ...form, grade })} />
        </Field>
      )}
    </fieldset>
  )
}

import { ahpMethods, riTables } from '../../../../../shared/contract'
import { CR_LIMIT, scaleText } from '../../../../../shared/domain/ahp'
import { t } from '../../../../../shared/i18n'
import { Field } from '../../../components/field'
import { FileButton } from '../../../components/file-button'
import { Select } from '../../../components/inputs'
import { useNotify } from '../../../components/notify'
import { downloadFile, readFileInput } from '../../../lib/files'
import { rpc, RpcFailure } from '../../../lib/rpc'
import { AhpMatrix } from './ahp-matrix'
import type { AhpOutcome } from './use-ahp'
import { weightColumn, WeightsTable } from './weights-table'
import { alignSheet, identity, setJudgment, type AhpSettings, type Criterion, type Expert } from './weights-model'
import { useSubmit } from '../../../lib/use-submit'
import { num, TableHead } from '../../../components/table-head'

interface Props {
  title: string
  criteria: Criterion[]
  experts: Expert[]
  active: number
  settings: AhpSettings
  outcome: AhpOutcome
  onExperts(experts: Expert[], active: number): void
  onSettings(s: AhpSettings): void
}

const fixed = (v: number, d = 3) => v.toFixed(d)

/** AHP: one matrix per expert (tabs), live weights and consistency, the judgments to reconsider, import and export. */
export function AhpTab({ title, criteria, experts, active, settings, outcome, onExperts, onSettings }: Props) {
  const notify = useNotify()
  const importing = useSubmit(notify.error)
  const n = criteria.length
  const expert = experts[active]
  const mine = outcome.experts[active]
  const result = mine?.result ?? null
  const flagged = new Set((mine?.suggestions ?? []).map((s) => `${s.row}-${s.col}`))

  const judge = (row: number, col: number, value: number) => {
    const next = experts.map((e, k) => (k === active ? { ...e, matrix: setJudgment(e.matrix, row, col, value) } : e))
    onExperts(next, active)
  }

  const addExpert = () => {
    const next = [...experts, { name: t('ui.ahp.expertN', { n: experts.length + 1 }), matrix: identity(n) }]
    onExperts(next, next.length - 1)
  }
  const removeExpert = (k: number) => {
    if (experts.length <= 1) return
    const next = experts.filter((_, i) => i !== k)
    onExperts(next, Math.min(active, next.length - 1))
  }

  const importFile = (file: File) =>
    importing.submit(async () => {
      const sheets = await rpc('ahp-import', { file: await readFileInput(file) })
      const read: Expert[] = []
      const problems = sheets.flatMap((s) => s.problems)
      for (const s of sheets) {
        if (!s.matrix) continue
        const aligned = alignSheet(criteria, s.criteria, s.matrix)
        if (!aligned) {
          problems.push({ severity: 'error', sheet: s.sheet, row: null, column: null, columnName: null, message: t('ui.ahp.importSize', { n: s.criteria.length, criteria: n }) })
          continue
        }
        read.push({ name: s.sheet, matrix: aligned })
      }
      if (read.length === 0) throw new RpcFailure({ code: 'bad-file', message: t('ui.ahp.importNone'), problems })
      onExperts(read, 0)
      if (problems.some((p) => p.severity === 'error')) notify.error(new RpcFailure({ code: 'bad-file', message: t('ui.ahp.importPartly', { n: read.length }), problems }))
      else notify.success(t('ui.ahp.imported', { n: read.length }))
    })

  const exportMatrices = async () => {
    try {
      const file = await rpc('ahp-export', {
        title,
        criteria: criteria.map((c) => c.name),
        experts: experts.map((e) => ({ name: e.name, matrix: e.matrix })),
        method: settings.method,
        riTable: settings.riTable,
      })
      downloadFile(file)
    } catch (e) {
      notify.error(e)
    }
  }

  if (n < 2) return <p className="muted">{t('ui.ahp.tooFew')}</p>
  if (n > 15) return <p className="muted">{t('ui.ahp.tooMany', { n })}</p>

  return (
    <div className="ahp-tab" data-testid="ahp-tab">
      <div className="toolbar">
        <Field label={t('ui.ahp.method')} inline>
          <Select testId="ahp-method" value={settings.method} options={ahpMethods.map((m) => ({ value: m, label: t(`ui.ahp.method.${m}`) }))} onChange={(method) => onSettings({ ...settings, method })} />
        </Field>
        <Field label={t('ui.ahp.riTable')} inline>
          <Select testId="ahp-ri-table" value={settings.riTable} options={riTables.map((r) => ({ value: r, label: t(`ui.ahp.riTable.${r}`) }))} onChange={(riTable) => onSettings({ ...settings, riTable })} />
        </Field>
        <span className="grow" />
        <FileButton label={importing.busy ? t('ui.working') : t('ui.ahp.import')} testId="ahp-import-file" accept=".xlsx" disabled={importing.busy} onFile={(f) => void importFile(f)} />
        <button type="button" className="button" data-testid="ahp-export" onClick={() => void exportMatrices()}>
          {t('ui.ahp.export')}
        </button>
      </div>

      <div className="expert-tabs" role="tablist" data-testid="ahp-experts" data-count={experts.length}>
        {experts.map((e, k) => {
          const r = outcome.experts[k]?.result
          return (
            <span key={k} className={k === active ? 'expert-tab active' : 'expert-tab'}>
              <button type="button" role="tab" aria-selected={k === active} data-testid={`ahp-expert-${k}`} onClick={() => onExperts(experts, k)}>
                {e.name}
                {r && (
                  <span className={r.consistent ? 'expert-cr ok' : 'expert-cr bad'} data-testid={`ahp-expert-cr-${k}`} data-consistent={r.consistent}>
                    CR {fixed(r.cr)}
                  </span>
                )}
              </button>
              {experts.length > 1 && (
                <button type="button" className="icon-button" aria-label={t('ui.ahp.removeExpert', { name: e.name })} data-testid={`ahp-expert-remove-${k}`} onClick={() => removeExpert(k)}>
                  ×
                </button>
              )}
            </span>
          )
        })}
        <button type="button" className="button button-small" data-testid="ahp-expert-add" onClick={addExpert}>
          + {t('ui.ahp.addExpert')}
        </button>
      </div>

      <div className="ahp-body">
        <div className="ahp-left">
          {expert && <AhpMatrix criteria={criteria} matrix={expert.matrix} flagged={flagged} onJudge={judge} />}
          <p className="muted small ahp-legend">{t('ui.ahp.legend')}</p>
          {mine && mine.check.problems.length > 0 && (
            <p className="field-error" data-testid="ahp-matrix-problems">
              {t('ui.ahp.matrixProblems', { n: mine.check.problems.length })}
            </p>
          )}
        </div>
        <div className="ahp-right">
          {result && (
            <section className="ahp-result" data-testid="ahp-expert-result">
              <h3>{experts.length > 1 ? t('ui.ahp.thisExpert', { name: expert.name }) : t('ui.ahp.result')}</h3>
              <dl className="ahp-stats">
                <div>
                  <dt>λmax</dt>
                  <dd data-testid="ahp-lambda">{fixed(result.lambdaMax)}</dd>
                </div>
                <div>
                  <dt>CI</dt>
                  <dd data-testid="ahp-ci">{fixed(result.ci)}</dd>
                </div>
                <div>
                  <dt>RI</dt>
                  <dd data-testid="ahp-ri">{fixed(result.ri, 2)}</dd>
                </div>
              </dl>
              <div className={result.consistent ? 'cr-verdict ok' : 'cr-verdict bad'} data-testid="ahp-cr" data-consistent={result.consistent} data-cr={result.cr}>
                <span className="cr-value">CR {fixed(result.cr)}</span>
                <span className="cr-word">{result.consistent ? t('ui.ahp.pass', { limit: CR_LIMIT.toFixed(2) }) : t('ui.ahp.fail', { limit: CR_LIMIT.toFixed(2) })}</span>
              </div>
              {experts.length === 1 && <WeightsTable criteria={criteria} testId="ahp-weights" columns={[weightColumn(t('ui.weights.weight'), result.weights, 'ahp-weight')]} />}
            </section>
          )}
          {mine && mine.suggestions.length > 0 && (
            <section className="ahp-suggestions" data-testid="ahp-suggestions">
              <h3>{result?.consistent ? t('ui.ahp.suggestionsMinor') : t('ui.ahp.suggestions')}</h3>
              <ul className="plain-list">
                {mine.suggestions.map((s) => (
                  <li key={`${s.row}-${s.col}`} className="suggestion" data-testid={`ahp-suggestion-${s.row}-${s.col}`}>
                    <span>
                      {t('ui.ahp.suggestion', {
                        row: criteria[s.row].name,
                        col: criteria[s.col].name,
                        value: scaleText(s.value),
                        suggested: scaleText(s.suggested),
                        cr: fixed(s.crAfter),
                      })}
                    </span>
                    <button type="button" className="button button-small" data-testid={`ahp-suggestion-apply-${s.row}-${s.col}`} onClick={() => judge(s.row, s.col, s.suggested)}>
                      {t('ui.ahp.useSuggestion', { value: scaleText(s.suggested) })}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {experts.length > 1 && (
            <section className="ahp-group" data-testid="ahp-group">
              <h3>{t('ui.ahp.group', { n: experts.length })}</h3>
              <table className="table">
                <TableHead cells={[t('ui.ahp.expert'), num('CR'), t('ui.ahp.verdict')]} />
                <tbody>
                  {experts.map((e, k) => {
                    const r = outcome.experts[k]?.result
                    return (
                      <tr key={k}>
                        <td>{e.name}</td>
                        <td className="num">{r ? fixed(r.cr) : '—'}</td>
                        <td>{r ? (r.consistent ? t('ui.ahp.passShort') : t('ui.ahp.failShort')) : t('ui.ahp.invalid')}</td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
              {outcome.final ? (
                <>
                  <div className={outcome.final.consistent ? 'cr-verdict ok' : 'cr-verdict bad'} data-testid="ahp-group-cr" data-consistent={outcome.final.consistent}>
                    <span className="cr-value">
                      {t('ui.ahp.groupCr')} {fixed(outcome.final.cr)}
                    </span>
                    <span className="cr-word">{outcome.final.consistent ? t('ui.ahp.passShort') : t('ui.ahp.failShort')}</span>
                  </div>
                  <WeightsTable criteria={criteria} testId="ahp-weights" columns={[weightColumn(t('ui.weights.weight'), outcome.final.weights, 'ahp-weight')]} />
                </>
              ) : (
                <p className="field-error">{t('ui.ahp.groupBlocked')}</p>
              )}
            </section>
          )}
        </div>
      </div>
    </div>
  )
}

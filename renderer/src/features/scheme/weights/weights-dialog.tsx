import { useMemo, useState } from 'react'
import type { EntropyResult, Scheme, weightingMethods } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { isAdjustment } from '../../../../../shared/domain/scheme-tree'
import { mixWeights } from '../../../../../shared/domain/weight-mix'
import { ROOT, weightSums } from '../../../../../shared/domain/weight-sums'
import { Dialog, DialogActions } from '../../../components/dialog'
import { ConfirmDialog } from '../../../components/confirm-dialog'
import { untouchedMatrix } from '../../../../../shared/domain/ahp-unjudged'
import { useNotify } from '../../../components/notify'
import { Tabs } from '../../../components/tabs'
import { rpc } from '../../../lib/rpc'
import { useRpcQuery } from '../../../lib/use-rpc'
import { useSubmit } from '../../../lib/use-submit'
import type { Items } from '../editor/tree-ops'
import { AhpTab } from './ahp-tab'
import { DirectTab } from './direct-tab'
import { EntropyTab } from './entropy-tab'
import { MixTab } from './mix-tab'
import { useAhp } from './use-ahp'
import { WeightsHistory } from './weights-history'
import { identity, roundWeights, type AhpSettings, type Criterion, type Expert } from './weights-model'
import './weights.css'

type Method = (typeof weightingMethods)[number]
const tabs: Method[] = ['direct', 'ahp', 'entropy', 'mix']

interface Props {
  scheme: Scheme
  items: Items
  dirty: boolean
  parent: string | null
  onClose(): void
  /** the version as stored after 应用 */
  onApplied(scheme: Scheme): void
}

interface Proposal {
  weights: Record<string, number>
  inputs: unknown
  result: unknown
}

/**
 * 权重计算 for the children of one node: direct entry, AHP (one or several experts), entropy from a
 * period's scores, or a mix. 应用 writes the weights with the method, its inputs and its result
 * (weights-apply); unsaved edits are saved first, so the decision is made on what is on screen.
 */
export function WeightsDialog({ scheme, items, dirty, parent, onClose, onApplied }: Props) {
  const notify = useNotify()
  const parentItem = parent === null ? null : items.find((i) => i.code === parent)
  const criteria: Criterion[] = useMemo(
    () => items.filter((i) => i.parentCode === parent && !isAdjustment(i)).map((i) => ({ code: i.code, name: i.name, weight: i.weight })),
    [items, parent],
  )
  const codes = criteria.map((c) => c.code).join('|')
  const n = criteria.length
  const [tab, setTab] = useState<Method>('direct')
  const [direct, setDirect] = useState<Record<string, string>>(() => Object.fromEntries(criteria.map((c) => [c.code, String(Math.round(c.weight * 1e8) / 1e6)])))
  const [experts, setExperts] = useState<Expert[]>(() => [{ name: t('ui.ahp.expertN', { n: 1 }), matrix: identity(n) }])
  const [active, setActive] = useState(0)
  const [settings, setSettings] = useState<AhpSettings>({ method: 'eigen', riTable: 'saaty' })
  const [entropy, setEntropy] = useState<EntropyResult | null>(null)
  const [share, setShare] = useState(70)
  const [asking, setAsking] = useState(false)
  // judgments the clerk entered (or imported) since the dialog opened or last applied them
  const [judgedApplied, setJudgedApplied] = useState<Expert[] | null>(null)
  const { busy: applying, submit } = useSubmit(notify.error)
  const ahpOutcome = useAhp(experts, settings)
  const history = useRpcQuery('weights-history', { name: scheme.name, version: scheme.version })
  const decisions = (history.data ?? []).filter((d) => d.parentCode === parent)
  const names = useMemo(() => new Map(items.map((i) => [i.code, i.name])), [items])

  const entropyWeights = entropy ? criteria.map((c) => entropy.weights[entropy.children.findIndex((x) => x.code === c.code)] ?? 0) : null
  const unjudged = experts.every((e) => untouchedMatrix(e.matrix))
  const unsavedJudgments = !unjudged && judgedApplied !== experts
  const close = () => (unsavedJudgments ? setAsking(true) : onClose())
  const ahpWeights = ahpOutcome.final?.consistent ? ahpOutcome.final.weights : null
  const mixed = ahpWeights && entropyWeights ? mixWeights(ahpWeights, entropyWeights, share / 100) : null
  const parentLabel = parentItem ? `${parentItem.code} ${parentItem.name}` : t('ui.scheme.top')

  const proposal = ((): Proposal | { blocked: string } => {
    const cs = criteria.map((c) => c.code)
    switch (tab) {
      case 'direct': {
        const weights = Object.fromEntries(criteria.map((c) => [c.code, Math.round(Number(direct[c.code]) * 1e6) / 1e8]))
        if (Object.values(weights).some((w) => !Number.isFinite(w) || w < 0 || w > 1)) return { blocked: t('ui.weights.blockedInvalid') }
        const sum = weightSums(criteria.map((c) => ({ code: c.code, parentCode: null, weight: weights[c.code] }))).get(ROOT)
        if (!sum?.ok) return { blocked: t('ui.weights.blockedSum') }
        return { weights, inputs: { entered: weights }, result: { weights } }
      }
      case 'ahp': {
        const f = ahpOutcome.final
        if (!f) return { blocked: t('ui.weights.blockedAhp') }
        if (unjudged) return { blocked: t('ui.weights.blockedAhpUnjudged') }
        if (!f.consistent) return { blocked: t('ui.weights.blockedCr') }
        return {
          weights: roundWeights(cs, f.weights),
          inputs: { criteria: criteria.map((c) => ({ code: c.code, name: c.name })), experts, method: settings.method, riTable: settings.riTable },
          result: {
            weights: f.weights,
            lambdaMax: f.lambdaMax,
            ci: f.ci,
            ri: f.ri,
            cr: f.cr,
            consistent: f.consistent,
            experts: experts.map((e, k) => ({ name: e.name, cr: ahpOutcome.experts[k]?.result?.cr ?? null })),
            groupMatrix: ahpOutcome.groupMatrix,
          },
        }
      }
      case 'entropy':
        if (!entropy || !entropyWeights) return { blocked: t('ui.weights.blockedEntropy') }
        return { weights: roundWeights(cs, entropyWeights), inputs: { period: entropy.period }, result: { n: entropy.n, entropy: entropy.entropy, weights: entropy.weights } }
      case 'mix':
        if (unjudged) return { blocked: t('ui.weights.blockedAhpUnjudged') }
        if (!mixed || !ahpWeights || !entropyWeights || !entropy) return { blocked: t('ui.weights.blockedMix') }
        return {
          weights: roundWeights(cs, mixed),
          inputs: { share: share / 100, ahp: { experts, method: settings.method, riTable: settings.riTable, weights: ahpWeights }, entropy: { period: entropy.period, weights: entropyWeights } },
          result: { weights: mixed },
        }
    }
  })()

  const apply = () =>
    submit(async () => {
      if ('blocked' in proposal) return
      if (dirty) await rpc('scheme-save', { name: scheme.name, version: scheme.version, indicators: [...items] })
      await rpc('weights-apply', { name: scheme.name, version: scheme.version, parentCode: parent, method: tab, weights: proposal.weights, inputs: proposal.inputs, result: proposal.result })
      const fresh = await rpc('scheme-get', { name: scheme.name, version: scheme.version })
      onApplied(fresh)
      if (tab === 'ahp' || tab === 'mix') setJudgedApplied(experts)
      history.reload()
      notify.success(t('ui.weights.applied', { parent: parentLabel, method: t(`ui.weights.tab.${tab}`) }))
    })

  return (
    <Dialog
      title={t('ui.weights.title', { parent: parentLabel, n })}
      testId="weights-dialog"
      onClose={close}
      wide
      busy={applying}
      footer={
        <DialogActions
          note={
            'blocked' in proposal ? (
              <span className="muted" data-testid="weights-blocked">
                {proposal.blocked}
              </span>
            ) : (
              dirty && <span className="muted">{t('ui.weights.saveFirst')}</span>
            )
          }
          cancelLabel={t('action.close')}
          cancelTestId="weights-close"
          okTestId="weights-apply"
          busy={applying}
          ok={!('blocked' in proposal)}
          label={applying ? t('ui.working') : dirty ? t('ui.weights.saveAndApply') : t('ui.weights.apply')}
          onCancel={close}
          onOk={() => void apply()}
        />
      }
    >
      <div className="weights-dialog-body" data-parent={parent ?? ROOT} data-codes={codes}>
        {n === 0 ? (
          <p className="muted">{t('ui.weights.noChildren')}</p>
        ) : (
          <>
            <Tabs tabs={tabs} active={tab} onChange={setTab} label={(k) => t(`ui.weights.tab.${k}`)} testIdPrefix="weights-tab" />
            {tab === 'direct' && <DirectTab criteria={criteria} values={direct} onChange={setDirect} />}
            {tab === 'ahp' && (
              <AhpTab
                title={`${scheme.name} ${parentLabel}`}
                criteria={criteria}
                experts={experts}
                active={active}
                settings={settings}
                outcome={ahpOutcome}
                onExperts={(e, k) => {
                  setExperts(e)
                  setActive(k)
                }}
                onSettings={setSettings}
              />
            )}
            {tab === 'entropy' && <EntropyTab scheme={scheme} parent={parent} criteria={criteria} result={entropy} onResult={setEntropy} />}
            {tab === 'mix' && <MixTab criteria={criteria} ahp={ahpWeights} entropy={entropyWeights} mixed={mixed} share={share} onShare={setShare} />}
            <section className="weights-history-section">
              <h3>{t('ui.weights.history')}</h3>
              <WeightsHistory decisions={decisions} names={names} />
            </section>
          </>
        )}
      </div>
      {asking && (
        <ConfirmDialog title={t('ui.weights.discardTitle')} testId="weights-discard" confirmLabel={t('ui.weights.discard')} cancelLabel={t('ui.weights.keepEditing')} danger onConfirm={onClose} onCancel={() => setAsking(false)}>
          <p>{t('ui.weights.discardBody')}</p>
        </ConfirmDialog>
      )}
    </Dialog>
  )
}

import { t } from '../../../../shared/i18n'
import { useRpcQuery } from '../../lib/use-rpc'
import { DemoOpenButton } from '../demo/demo-open-button'

/** 示例数据 in 设置: the same training copy the 概览 checklist offers, there for later too. */
export function DemoCard() {
  const status = useRpcQuery('demo-status', {})
  return (
    <section className="card" data-testid="demo-card">
      <h2 className="panel-title">{t('ui.demo.card.title')}</h2>
      <p className="field-help">{t('ui.demo.card.help')}</p>
      {status.data?.active ? <p data-testid="demo-card-active">{t('ui.demo.card.active')}</p> : <DemoOpenButton label={t('ui.demo.card.open')} testId="settings-demo" />}
    </section>
  )
}

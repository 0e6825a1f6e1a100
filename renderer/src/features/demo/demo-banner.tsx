import { t } from '../../../../shared/i18n'
import { ErrorLine } from '../../components/error-line'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import './demo.css'

/** On every screen while the 示例数据 file is served: what it is, and the way back to the real data. */
export function DemoBanner() {
  const status = useRpcQuery('demo-status', {})
  const submit = useSubmit()
  if (!status.data?.active) return null
  const back = () =>
    submit.submit(async () => {
      await rpc('demo-close', {})
      window.location.hash = '#/dashboard'
      window.location.reload()
    })
  return (
    <div className="demo-banner" role="status" data-testid="demo-banner">
      <strong>{t('ui.demo.banner')}</strong>
      <span className="demo-banner-detail">
        {t('ui.demo.bannerDetail')} {t('ui.demo.bannerFile')}<span data-user-text>{status.data.file}</span>
        {status.data.account && (
          <>
            {' · '}
            {t('ui.demo.bannerAccount')}<span data-user-text>{status.data.account}</span>
          </>
        )}
      </span>
      <button type="button" className="button button-small" data-testid="demo-back" disabled={submit.busy} onClick={() => void back()}>
        {t('ui.demo.back')}
      </button>
      <ErrorLine testId="demo-back-error" error={submit.error} />
    </div>
  )
}

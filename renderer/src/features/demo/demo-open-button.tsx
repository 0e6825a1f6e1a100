import { t } from '../../../../shared/i18n'
import { BusyProgress } from '../../components/progress-bar'
import { ErrorLine } from '../../components/error-line'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'

/**
 * Loads the sample town into its own file and serves it; the page then reloads on 概览, so no screen
 * keeps data read from the real database under the demo banner.
 */
export function DemoOpenButton({ label, testId }: { label: string; testId: string }) {
  const submit = useSubmit()
  const open = () =>
    submit.submit(async (call) => {
      await rpc('demo-open', {}, call)
      window.location.hash = '#/dashboard'
      window.location.reload()
    })
  return (
    <div className="demo-open">
      <button type="button" className="button" data-testid={testId} disabled={submit.busy} onClick={() => void open()}>
        {label}
      </button>
      {submit.busy && <BusyProgress submit={submit} label={t('ui.demo.opening')} testId={`${testId}-progress`} />}
      <ErrorLine testId={`${testId}-error`} error={submit.error} />
    </div>
  )
}

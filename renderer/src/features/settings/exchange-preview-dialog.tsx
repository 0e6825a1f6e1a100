import type { ExchangePreview, FileInput } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Facts } from '../../components/facts'
import { num, TableHead } from '../../components/table-head'
import { useNotify } from '../../components/notify'
import { dateTime } from '../../lib/format'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'

interface Props {
  file: FileInput
  preview: ExchangePreview
  onClose(): void
  onImported(): void
}

/** What a checked package would add, change and conflict with; 确认导入 writes it all in one transaction, off while any conflict stands. */
export function ExchangePreviewDialog({ file, preview, onClose, onImported }: Props) {
  const notify = useNotify()
  const importing = useSubmit()
  const nothing = preview.counts.every((c) => c.add === 0 && c.change === 0)
  const hasConflicts = preview.conflicts.length > 0
  const blocked = hasConflicts || nothing
  const confirm = () =>
    importing.submit(async (opts) => {
      const r = await rpc('exchange-import', { file }, opts)
      notify.success(t('ui.exchange.imported', { added: r.added, changed: r.changed }))
      onImported()
    })

  return (
    <FormDialog
      wide
      title={t('ui.exchange.previewTitle', { file: preview.fileName })}
      testId="exchange-preview-dialog"
      onClose={onClose}
      submit={importing}
      progressLabel={t('ui.exchange.importing')}
      action={{ label: t('ui.exchange.confirm'), ok: !blocked, onOk: () => void confirm(), testId: 'exchange-import-confirm' }}
    >
      <div className="exchange-preview" data-testid="exchange-preview">
        <Facts
          facts={[
            { label: t('ui.exchange.from'), value: preview.unit },
            { label: t('ui.exchange.by'), value: preview.createdBy },
            { label: t('ui.exchange.at'), value: dateTime(preview.createdAt) },
            { label: t('ui.exchange.version'), value: preview.appVersion },
          ]}
        />
        <div className="banner banner-ok" data-testid="exchange-preview-status">
          <p>{t('ui.exchange.verified')}</p>
          {preview.conflicts.length === 0 && nothing && <p>{t('ui.exchange.nothing')}</p>}
        </div>
        {hasConflicts && (
          <div className="banner banner-bad" data-testid="exchange-conflicts">
            <p>{t('ui.exchange.conflicts', { n: preview.conflicts.length })}</p>
            <ul className="exchange-list">
              {preview.conflicts.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="exchange-tables">
          <table className="table" data-testid="exchange-periods">
            <TableHead cells={[t('ui.exchange.col.period'), t('ui.exchange.col.name'), t('ui.exchange.col.state')]} />
            <tbody>
              {preview.periods.map((p) => (
                <tr key={p.id} data-state={p.state}>
                  <td className="mono">{p.id}</td>
                  <td>{p.name}</td>
                  <td className={p.state === 'conflict' ? 'field-error' : undefined}>{t(`ui.exchange.state.${p.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="table" data-testid="exchange-counts">
            <TableHead
              cells={[
                t('ui.exchange.col.data'),
                num(t('ui.exchange.col.add')),
                num(t('ui.exchange.col.change')),
                num(t('ui.exchange.col.same')),
                ...(hasConflicts ? [num(t('ui.exchange.col.conflict'))] : []),
              ]}
            />
            <tbody>
              {preview.counts.map((c) => (
                <tr key={c.table} data-table={c.table}>
                  <td>{c.label}</td>
                  <td className="num">{c.add}</td>
                  <td className="num">{c.change}</td>
                  <td className="num">{c.same}</td>
                  {hasConflicts && <td className={c.conflict > 0 ? 'num field-error' : 'num'}>{c.conflict}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {preview.changesTotal > 0 && (
          <section data-testid="exchange-changes">
            <h3>{t('ui.exchange.changes', { n: preview.changesTotal })}</h3>
            <ul className="exchange-list">
              {preview.changes.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
            {preview.changesTotal > preview.changes.length && <p className="muted">{t('ui.exchange.changesMore', { n: preview.changesTotal - preview.changes.length })}</p>}
          </section>
        )}
      </div>
    </FormDialog>
  )
}

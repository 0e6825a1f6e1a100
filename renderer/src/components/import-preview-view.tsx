import type { ImportPreview } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { ColumnChoice } from './column-choice'
import { ExportProblems } from './problems-export'
import { ProblemsTable } from './problems-table'
import { OfficeText } from './office-text'

const SAMPLE_ROWS = 10

/** What an import understood: sheet, header row, column mapping, counts, notes, problems and a sample. */
export function PreviewView({ preview, onColumn, busy }: { preview: ImportPreview; onColumn?(header: string, field: string | null): void; busy?: boolean }) {
  const errors = preview.problems.filter((p) => p.severity === 'error').length
  const warnings = preview.problems.length - errors
  // the one error is the question about a note row, answered above the preview, not in the file
  const note = preview.noteRow
  const onlyNoteRow = note !== null && errors === 1 && preview.problems.some((p) => p.severity === 'error' && p.sheet === note.sheet && p.row === note.row && p.column === null)
  const sampleKeys = [...new Set(preview.sample.slice(0, SAMPLE_ROWS).flatMap((r) => Object.keys(r)))]
  const labelOf = (key: string) => preview.columns.find((c) => c.field === key)?.fieldLabel ?? key
  // a column the header did not name, or one the clerk (or the unit's last import) mapped by hand
  const chosen = (header: string) => Object.prototype.hasOwnProperty.call(preview.columnChoices, header)
  const mappable = (c: ImportPreview['columns'][number]) => onColumn !== undefined && c.header !== '' && (c.field === null || chosen(c.header))
  const unknown = preview.columns.filter((c) => c.field === null && !chosen(c.header) && c.header !== '').length

  // when the import is refused the problems come first: they are what the user has to act on
  const problemsSection = (
    <section>
      <h3>
        {t('ui.import.problems')} <span className="muted">({preview.problems.length})</span>
      </h3>
      {preview.problems.length === 0 ? <p className="muted">{t('ui.import.noProblems')}</p> : (
        <>
          <ExportProblems fileName={preview.fileName} problems={preview.problems} />
          <ProblemsTable problems={preview.problems} />
        </>
      )}
    </section>
  )

  return (
    <div className="preview" data-testid="import-preview-body">
      <div className={preview.ok ? 'banner banner-ok' : 'banner banner-bad'} data-testid="preview-status" data-ok={String(preview.ok)}>
        {onlyNoteRow
          ? t('ui.import.blockedByNoteRow', { row: note.row })
          : preview.ok
            ? warnings > 0
              ? t('ui.import.okWithWarnings', { n: warnings })
              : t('ui.import.ok')
            : warnings > 0
              ? t('ui.import.blockedWithWarnings', { errors, warnings })
              : t('ui.import.blocked', { errors })}
      </div>

      <dl className="facts">
        <div>
          <dt>{t('ui.import.fileName')}</dt>
          <dd data-user-text>{preview.fileName}</dd>
        </div>
        <div>
          <dt>{t('ui.import.sheet')}</dt>
          <dd data-testid="preview-sheet" data-user-text>{preview.sheet ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('ui.import.headerRow')}</dt>
          <dd data-testid="preview-header-row">{preview.headerRow === null ? '—' : t('ui.import.rowN', { n: preview.headerRow })}</dd>
        </div>
        <div>
          <dt>{t('ui.import.dataRows')}</dt>
          <dd data-testid="preview-data-rows">{preview.dataRows}</dd>
        </div>
      </dl>

      <div className="stats">
        <Stat testId="preview-adds" label={t('ui.import.adds')} value={preview.adds} tone="ok" />
        <Stat testId="preview-changes" label={t('ui.import.changes')} value={preview.changes} tone="warn" />
        <Stat testId="preview-unchanged" label={t('ui.import.unchanged')} value={preview.unchanged} tone="plain" />
        <Stat testId="preview-problems-count" label={t('ui.import.problems')} value={preview.problems.length} tone={errors ? 'bad' : 'plain'} />
      </div>

      {!preview.ok && problemsSection}

      <div className="preview-columns">
        <section>
          <h3>{t('ui.import.columns')}</h3>
          {onColumn && unknown > 0 && (
            <p className="muted" data-testid="column-choice-hint">
              {t('ui.import.mapHint', { n: unknown })}
            </p>
          )}
          {preview.columnsRemembered && (
            <p className="muted" data-testid="column-choice-remembered">
              {t('ui.import.mapRemembered')}
            </p>
          )}
          <table className="table" data-testid="preview-columns">
            <thead>
              <tr>
                <th>{t('ui.import.column')}</th>
                <th>{t('ui.import.header')}</th>
                <th>{t('ui.import.field')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.columns.map((c) => (
                <tr key={c.column} className={c.field || mappable(c) ? '' : 'muted'}>
                  <td>{c.column}</td>
                  <td data-user-text>{c.header || '—'}</td>
                  <td>
                    {mappable(c) && onColumn ? (
                      <ColumnChoice header={c.header} letter={c.column} value={chosen(c.header) ? preview.columnChoices[c.header] : undefined} choices={preview.fieldChoices} disabled={busy} onChange={onColumn} />
                    ) : c.field ? (
                      (c.fieldLabel ?? c.field)
                    ) : (
                      t('ui.import.ignored')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          {preview.sheets.length > 0 && (
            <>
              <h3>{t('ui.import.sheets')}</h3>
              <ul className="plain-list" data-testid="preview-sheets">
                {preview.sheets.map((s) => (
                  <li key={s.name}>
                    <span className={s.used ? 'chip chip-ok' : 'chip chip-plain'}>{s.used ? t('ui.import.sheetUsed') : t('ui.import.sheetSkipped')}</span>{' '}
                    <span data-user-text>{s.name}</span>
                    {s.note ? <span className="muted"> — {s.note}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('ui.import.notes')}</h3>
          {preview.notes.length === 0 ? (
            <p className="muted">{t('ui.import.noNotes')}</p>
          ) : (
            <ul className="plain-list" data-testid="preview-notes">
              {preview.notes.map((n, i) => (
                <li key={i}>
                  <OfficeText text={n} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>


      {preview.ok && problemsSection}

      {sampleKeys.length > 0 && (
        <section>
          <h3>{t('ui.import.sample', { n: Math.min(SAMPLE_ROWS, preview.sample.length) })}</h3>
          <div className="table-scroll">
            <table className="table" data-testid="preview-sample">
              <thead>
                <tr>
                  {sampleKeys.map((k) => (
                    <th key={k}>{labelOf(k)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.slice(0, SAMPLE_ROWS).map((row, i) => (
                  <tr key={i}>
                    {sampleKeys.map((k) => (
                      <td key={k} data-user-text>
                        {row[k] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  )
}

function Stat({ label, value, tone, testId }: { label: string; value: number; tone: 'ok' | 'warn' | 'bad' | 'plain'; testId: string }) {
  return (
    <div className={`stat stat-${tone}`}>
      <div className="stat-value" data-testid={testId}>
        {value}
      </div>
      <div className="stat-label">{label}</div>
    </div>
  )
}

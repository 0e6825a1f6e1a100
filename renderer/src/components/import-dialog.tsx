import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import type { AfterNote, ColumnChoices, FileInput, ImportExtra, ImportKind, ImportPreview, ImportPreviewOf, ImportResult, ProgressEvent } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { readFileInput } from '../lib/files'
import { isCancelled, type RpcFailure } from '../lib/rpc'
import { asFailure } from '../lib/use-rpc'
import { Dialog, DialogActions } from './dialog'
import { ErrorLine } from './error-line'
import { Field } from './field'
import { FileButton } from './file-button'
import { commitImport, previewImport } from './import-calls'
import { useNotify } from './notify'
import { PreviewView } from './import-preview-view'
import { NoteRowChoice } from './note-row-choice'
import { ExportProblems } from './problems-export'
import { ProblemsTable } from './problems-table'
import { ProgressBar } from './progress-bar'
import { OfficeText } from './office-text'
import { officeText } from '../../../shared/i18n/office-text'

export interface ImportDialogProps<K extends ImportKind> {
  /** which import (shared/contract/import-kinds.ts): the dialog calls its preview and commit methods */
  kind: K
  title: string
  /** the kind's input besides the file (the period, the scheme's name, the indicator, replace) */
  extra: ImportExtra<K>
  /** a file chosen before the dialog opened (roster, history …); the dialog's own chooser can change it */
  file?: File | null
  fileTestId?: string
  /** the kind's own options, shown once a file is chosen, above its preview; the preview waits until `ready` */
  fields?: ReactNode
  ready?: boolean
  /** a change re-runs the preview (the scheme name decides what is new and what changes) */
  previewKey?: string
  /** what the kind's fields learn from a preview (the layout found, a file seen before) */
  onPreview?(preview: ImportPreviewOf<K>): void
  onImported(result: ImportResult): void
  onClose(): void
}

type Phase = 'idle' | 'reading' | 'previewing' | 'preview' | 'failed' | 'writing'

/**
 * Every import goes the same way, whatever its kind: choose the file, ask the backend what it
 * understood (nothing is written), show it with every problem, and write only on 确认导入, with the
 * same input. Cancel aborts whatever is running; a cancelled write rolls back.
 */
export function ImportDialog<K extends ImportKind>(props: ImportDialogProps<K>) {
  const { kind, title, fields, ready = true, previewKey = '', onClose, onImported } = props
  const notify = useNotify()
  const [file, setFile] = useState<File | null>(props.file ?? null)
  const [input, setInput] = useState<FileInput | null>(null)
  const [phase, setPhase] = useState<Phase>('idle')
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [failure, setFailure] = useState<RpcFailure | null>(null)
  // the answer to a note row with data below it; asked again for every file
  const [afterNote, setAfterNote] = useState<AfterNote | undefined>(undefined)
  // columns mapped by hand; unset, the backend applies what the unit chose for the same header row before
  const [columns, setColumns] = useState<ColumnChoices | undefined>(undefined)
  const controller = useRef<AbortController | null>(null)
  const callbacks = useRef(props)
  callbacks.current = props

  const begin = () => {
    controller.current?.abort()
    const c = new AbortController()
    controller.current = c
    setProgress(null)
    return c
  }
  useEffect(() => () => controller.current?.abort(), [])

  // 1. bytes of the chosen file
  useEffect(() => {
    if (!file) return
    const c = begin()
    setPhase('reading')
    setPreview(null)
    setFailure(null)
    setInput(null)
    setAfterNote(undefined)
    setColumns(undefined)
    readFileInput(file, c.signal, (done, total) => setProgress({ done, total, stage: 'progress.reading' }))
      .then((fi) => {
        if (c.signal.aborted) return
        setInput(fi)
        setPhase('idle')
      })
      .catch((e: unknown) => {
        if (c.signal.aborted) return
        setFailure(asFailure(e))
        setPhase('failed')
      })
    return () => c.abort()
  }, [file])

  // the kind's fields and the dialog's own answer about a note row, as both calls take them
  const extraOf = useCallback(
    (): ImportExtra<K> => ({ ...callbacks.current.extra, ...(afterNote ? { afterNote } : {}), ...(columns ? { columns } : {}) }) as ImportExtra<K>,
    [afterNote, columns],
  )
  const chooseColumn = (header: string, field: string | null) => {
    const next: ColumnChoices = { ...(columns ?? preview?.columnChoices ?? {}) }
    if (field === null) delete next[header]
    else next[header] = field
    setColumns(next)
  }

  // 2. what the backend understood; re-run (debounced) when the extra fields change
  useEffect(() => {
    if (!input || !ready) return
    const c = begin()
    const timer = setTimeout(() => {
      setPhase('previewing')
      previewImport(kind, input, extraOf(), { signal: c.signal, onProgress: setProgress })
        .then((p) => {
          if (c.signal.aborted) return
          callbacks.current.onPreview?.(p)
          setPreview(p)
          setFailure(null)
          setPhase('preview')
        })
        .catch((e: unknown) => {
          if (c.signal.aborted) return
          setPreview(null)
          setFailure(asFailure(e))
          setPhase('failed')
        })
    }, previewKey ? 350 : 0)
    return () => {
      clearTimeout(timer)
      c.abort()
    }
  }, [input, ready, kind, previewKey, extraOf])

  const confirm = useCallback(async () => {
    if (!input) return
    const c = begin()
    setPhase('writing')
    try {
      const result = await commitImport(kind, input, extraOf(), { signal: c.signal, onProgress: setProgress })
      notify.success(t('ui.import.done', { written: result.written }))
      onImported(result)
      onClose()
    } catch (e) {
      if (isCancelled(e)) notify.info(t('error.cancelled'))
      else notify.error(e)
      setPhase(preview ? 'preview' : 'failed')
    }
  }, [input, kind, notify, onClose, onImported, preview, extraOf])

  const busy = phase === 'reading' || phase === 'previewing' || phase === 'writing'
  const cancel = () => {
    if (phase === 'writing') controller.current?.abort()
    else {
      controller.current?.abort()
      onClose()
    }
  }

  return (
    <Dialog
      title={title}
      testId="import-preview"
      wide
      busy={phase === 'writing'}
      onClose={cancel}
      // cancel stays live while writing: it aborts the write, which rolls back
      footer={
        <DialogActions
          cancelTestId="import-cancel"
          okTestId="import-confirm"
          busy={false}
          ok={phase === 'preview' && Boolean(preview?.ok)}
          label={t('ui.import.confirm')}
          onCancel={cancel}
          onOk={() => void confirm()}
        />
      }
    >
      {/* the same first row in every import: the file, whether chosen on the page or here */}
      <div className="form-row">
        <Field label={t('ui.import.file')} group>
          <span className="file-choice">
            <FileButton label={t('ui.import.chooseButton')} testId={props.fileTestId ?? 'import-file'} disabled={busy} onFile={setFile} />
            <span className="muted">{file ? <OfficeText text={t('ui.import.fileChosen', { name: officeText(file.name), size: formatSize(file.size) })} /> : t('ui.import.noFile')}</span>
          </span>
        </Field>
      </div>
      {/* the kind's options belong to the preview step: they never stand before the file, nor block its preview */}
      {fields && file && <div className="form-row" data-testid="import-options">{fields}</div>}
      {busy && (
        <ProgressBar
          testId="import-progress"
          event={progress}
          label={phase === 'writing' ? t('progress.writing') : phase === 'reading' ? t('progress.reading') : t('progress.checking')}
          onCancel={cancel}
        />
      )}
      {phase === 'idle' && !input && !file && <p className="muted">{t('ui.import.chooseFile')}</p>}
      {phase === 'idle' && input && !ready && <p className="muted">{t('ui.import.fillFields')}</p>}
      {failure && phase === 'failed' && (
        <ErrorLine testId="import-error">
          <p>{failure.message}</p>
          {failure.problems.length > 0 && (
            <>
              {file && <ExportProblems fileName={file.name} problems={failure.problems} />}
              <ProblemsTable problems={failure.problems} />
            </>
          )}
        </ErrorLine>
      )}
      {preview?.noteRow && phase !== 'failed' && <NoteRowChoice noteRow={preview.noteRow} value={afterNote} disabled={busy} onChange={setAfterNote} />}
      {preview && phase !== 'failed' && <PreviewView preview={preview} onColumn={chooseColumn} busy={busy} />}
    </Dialog>
  )
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

import { t } from '../../../../../shared/i18n'
import type { EditorHistory } from './history'
import * as ops from './tree-ops'

export interface ToolbarState {
  hasCurrent: boolean
  canIndent: boolean
  canOutdent: boolean
  canUp: boolean
  canDown: boolean
  canAddChild: boolean
}

export type Op = 'sibling' | 'child' | 'indent' | 'outdent' | 'up' | 'down' | 'delete'

/** Which operations the current row allows: moves stay among its siblings, outdent needs a parent. */
export function toolbarState(items: ops.Items, current: string | null): ToolbarState {
  const i = current === null ? -1 : ops.indexOf(items, current)
  const item = i >= 0 ? items[i] : null
  const sibs = item ? items.filter((x) => x.parentCode === item.parentCode) : []
  const k = item ? sibs.indexOf(item) : -1
  return {
    hasCurrent: !!item,
    canIndent: k > 0,
    canOutdent: !!item && item.parentCode !== null,
    canUp: k > 0,
    canDown: k >= 0 && k < sibs.length - 1,
    canAddChild: !!item,
  }
}

interface Props {
  readOnly: boolean
  state: ToolbarState
  history: EditorHistory
  onRun(op: Op): void
  onExpandAll(): void
  onCollapseAll(): void
  onWeights(): void
  /** the parent whose children 权重计算 would weigh (null: the top level) */
  weightsFor: string | null
}

/** The editor's operations; each names its shortcut in its tooltip. */
export function EditorToolbar({ readOnly, state, history, onRun, onExpandAll, onCollapseAll, onWeights, weightsFor }: Props) {
  const button = (op: Op, label: string, enabled: boolean, title: string) => (
    <button type="button" className="button button-small" data-testid={`op-${op}`} disabled={readOnly || !enabled} title={title} onClick={() => onRun(op)}>
      {label}
    </button>
  )
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('ui.schemeEdit.toolbar')} data-testid="editor-toolbar">
      {!readOnly && (
        <>
          <div className="tool-group">
            {button('sibling', t('ui.schemeEdit.addSibling'), true, t('ui.schemeEdit.addSiblingHint'))}
            {button('child', t('ui.schemeEdit.addChild'), state.canAddChild, t('ui.schemeEdit.addChildHint'))}
          </div>
          <div className="tool-group">
            {button('outdent', `← ${t('ui.schemeEdit.outdent')}`, state.canOutdent, t('ui.schemeEdit.outdentHint'))}
            {button('indent', `${t('ui.schemeEdit.indent')} →`, state.canIndent, t('ui.schemeEdit.indentHint'))}
            {button('up', `↑ ${t('ui.schemeEdit.up')}`, state.canUp, t('ui.schemeEdit.upHint'))}
            {button('down', `↓ ${t('ui.schemeEdit.down')}`, state.canDown, t('ui.schemeEdit.downHint'))}
            {button('delete', t('ui.schemeEdit.delete'), state.hasCurrent, t('ui.schemeEdit.deleteHint'))}
          </div>
          <div className="tool-group">
            <button type="button" className="button button-small" data-testid="op-undo" disabled={!history.canUndo} title={t('ui.schemeEdit.undoHint')} onClick={history.undo}>
              ↶ {t('ui.schemeEdit.undo')}
            </button>
            <button type="button" className="button button-small" data-testid="op-redo" disabled={!history.canRedo} title={t('ui.schemeEdit.redoHint')} onClick={history.redo}>
              ↷ {t('ui.schemeEdit.redo')}
            </button>
          </div>
        </>
      )}
      <div className="tool-group">
        <button type="button" className="button button-small" data-testid="tree-expand-all" onClick={onExpandAll}>
          {t('ui.tree.expandAll')}
        </button>
        <button type="button" className="button button-small" data-testid="tree-collapse-all" onClick={onCollapseAll}>
          {t('ui.tree.collapseAll')}
        </button>
      </div>
      {!readOnly && (
        <div className="tool-group">
          <button
            type="button"
            className="button button-small"
            data-testid="op-weights"
            onClick={onWeights}
            title={weightsFor === null ? t('ui.weights.forTop') : t('ui.weights.forNode', { code: weightsFor })}
          >
            {t('ui.weights.open')}
          </button>
        </div>
      )}
      <span className="grow" />
      {!readOnly && <span className="muted small editor-hint">{t('ui.schemeEdit.pasteHint')}</span>}
    </div>
  )
}

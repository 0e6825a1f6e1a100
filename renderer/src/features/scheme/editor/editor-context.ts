/**
 * What the editor's columns and cell editors read at edit time, through the grid's context (the
 * column definitions are made once): whether the version is read-only, and the scope suggestions.
 */
export interface EditorContext {
  readOnly(): boolean
  suggestions(): { positionClasses: string[]; departments: string[] }
}

/** The grid context as the columns see it: the tree's part and the editor's. */
export type WithEditor = { editor?: EditorContext }

export function editorOf(context: unknown): EditorContext | undefined {
  return (context as WithEditor | undefined)?.editor
}

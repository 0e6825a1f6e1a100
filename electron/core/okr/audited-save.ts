import type { HandlerContext } from '../context'

/** How one kind of OKR row is written, read back as the lists show it, and kept in the audit log. */
export interface SaveSteps<T> {
  entity: string
  insert(): Promise<number>
  update(id: number): Promise<void>
  read(id: number): Promise<T>
  snapshot(row: T): unknown
}

/**
 * An objective's or a key result's save: a new row when there is no id, else the row updated; either
 * way it is read back, and the log keeps what it was before (nothing, for a new one) and after.
 */
export async function auditedSave<T>(ctx: HandlerContext, id: number | undefined, steps: SaveSteps<T>): Promise<T> {
  if (id === undefined) {
    const newId = await steps.insert()
    const added = await steps.read(newId)
    ctx.audit({ entity: steps.entity, entityId: newId, before: null, after: steps.snapshot(added) })
    return added
  }
  const before = await steps.read(id)
  await steps.update(id)
  const after = await steps.read(id)
  ctx.audit({ entity: steps.entity, entityId: id, before: steps.snapshot(before), after: steps.snapshot(after) })
  return after
}

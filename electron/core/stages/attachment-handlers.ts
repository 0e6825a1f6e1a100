import type { HandlerContext, HandlerMap } from '../context'
import { MAX_STAGE_ATTACHMENT_BYTES, MAX_STAGE_ATTACHMENT_MB } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { findPeriodRow, loadStagedPeople } from './stage-queries'
import { callerReach } from '../scope/department-reach'

/** A 述职 attachment as sent: a name and base64 bytes; null removes the stored one. */
export type AttachmentInput = { fileName: string; dataBase64: string } | null

/** The decoded bytes, or the refusal of a file over the limit in the clerk's words. */
export function attachmentBytes(a: { fileName: string; dataBase64: string }): Buffer {
  const bytes = Buffer.from(a.dataBase64, 'base64')
  if (bytes.length > MAX_STAGE_ATTACHMENT_BYTES) {
    const size = (Math.ceil((bytes.length / 1024 / 1024) * 10) / 10).toLocaleString('en-US')
    throw new AppError('invalid-input', t('stages.attachment.tooLarge', { file: a.fileName, size, limit: MAX_STAGE_ATTACHMENT_MB }))
  }
  if (bytes.length === 0) throw new AppError('invalid-input', t('stages.attachment.empty', { file: a.fileName }))
  return bytes
}

/** Stores (or with null removes) one person's attachment, audited by name and size, never by content. */
export async function storeAttachment(ctx: HandlerContext, periodId: string, person: { personId: number; staffNo: string; attachment: { fileName: string; size: number } | null }, input: AttachmentInput, bytes: Buffer | null): Promise<void> {
  const where = { period_id: periodId, person_id: person.personId }
  await ctx.db.deleteFrom('stage_attachments').where('period_id', '=', periodId).where('person_id', '=', person.personId).execute()
  const after = input && bytes ? { file_name: input.fileName, size: bytes.length } : null
  if (input && bytes) await ctx.db.insertInto('stage_attachments').values({ ...where, ...after!, data: bytes, stored_by: ctx.caller.name, stored_at: new Date().toISOString() }).execute()
  const before = person.attachment ? { file_name: person.attachment.fileName, size: person.attachment.size } : null
  ctx.audit({ entity: 'stage_attachment', entityId: `${periodId}/${person.staffNo}`, before, after })
}

export const attachmentHandlers: HandlerMap<'stages-attachment'> = {
  async 'stages-attachment'(input, ctx) {
    const period = await findPeriodRow(ctx.db, input.period)
    const person = (await loadStagedPeople(ctx.db, period.id, await callerReach(ctx))).find((p) => p.staffNo === input.staffNo)
    const row = person
      ? await ctx.db.selectFrom('stage_attachments').select(['file_name', 'data']).where('period_id', '=', period.id).where('person_id', '=', person.personId).executeTakeFirst()
      : undefined
    if (!person || !row) throw new AppError('not-found', t('stages.attachment.none', { period: period.id, staffNo: input.staffNo }))
    return { fileName: row.file_name, dataBase64: Buffer.from(row.data).toString('base64') }
  },
}

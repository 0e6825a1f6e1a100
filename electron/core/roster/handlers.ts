import { sensitiveView, showSensitive } from '../../../shared/domain/sensitive-fields'
import type { HandlerMap } from '../context'
import { listDepartments, listPeople } from './roster-queries'
import { callerReach } from '../scope/department-reach'

/** The roster's reads; its import is rosterImporter (roster-importer.ts), served by core/imports. */
export const rosterHandlers: HandlerMap<'roster-list' | 'org-list'> = {
  async 'roster-list'(input, ctx) {
    return (await listPeople(ctx.db, await callerReach(ctx), input.search)).map((p) => showSensitive(p, sensitiveView(ctx.caller.role)))
  },
  async 'org-list'(_input, ctx) {
    return listDepartments(ctx.db, await callerReach(ctx))
  },
}

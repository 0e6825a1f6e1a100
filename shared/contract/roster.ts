import { z } from 'zod'
import { method } from './define'
import { access } from './access'

export const participationStatuses = ['参加', '不定等次', '不参加'] as const
export type ParticipationStatus = (typeof participationStatuses)[number]

export interface Person {
  id: number
  staffNo: string
  name: string
  /** the department path, levels joined by '/', e.g. 城管局/执法一队 */
  department: string
  positionClass: string | null
  rankTitle: string | null
  isLeader: boolean
  gender: string | null
  /** 出生年月, 身份证号, 联系电话: masked unless the caller's role sees them (shared/domain/sensitive-fields.ts) */
  birth: string | null
  idNumber: string | null
  phone: string | null
  political: string | null
  status: ParticipationStatus
  statusReason: string | null
}

export interface Department {
  id: number
  name: string
  path: string
  parentId: number | null
  headcount: number
}

export const rosterMethods = {
  'roster-list': method<Person[]>()(z.object({ search: z.string().max(100).optional() }), { mutates: false, access: access.readScoped }),
  'org-list': method<Department[]>()(z.object({}), { mutates: false, access: access.departments }),
}

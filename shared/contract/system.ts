import { z } from 'zod'
import { method } from './define'
import type { RuleSettings } from '../domain/settings'

export interface SystemInfo {
  version: string
  dbPath: string
  migrations: { id: number; name: string; appliedAt: string }[]
  user: { name: string; role: string }
}

export interface AuditEntry {
  id: number
  at: string
  user: string
  method: string
  entity: string
  entityId: string | null
  before: unknown
  after: unknown
}

const ruleSettings = z.object({
  roleWeights: z.object({ 领导: z.number().min(0).max(1), 互评: z.number().min(0).max(1), 自评: z.number().min(0).max(1), 群众: z.number().min(0).max(1) }),
  trimAbove: z.number().int().min(2).max(100),
  quarterly: z.object({
    thresholds: z.object({ good: z.number().min(0).max(100), fair: z.number().min(0).max(100), poor: z.number().min(0).max(100) }),
    goodQuota: z.number().min(0).max(1),
  }),
  bonusCap: z.number().min(0).max(50),
})

export const systemMethods = {
  'system-info': method<SystemInfo>()(z.object({}), { mutates: false }),
  'settings-get': method<RuleSettings>()(z.object({}), { mutates: false }),
  'settings-update': method<RuleSettings>()(ruleSettings, { mutates: true }),
  'audit-list': method<AuditEntry[]>()(z.object({ limit: z.number().int().min(1).max(5000).default(200) }), { mutates: false }),
}

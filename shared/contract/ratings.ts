import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { ImportPreview } from './imports'

/** The ratings preview also says which layout it recognised. */
export interface RatingsPreview extends ImportPreview {
  layout: 'long' | 'wide' | null
}

export interface RatingSummary {
  staffNo: string
  name: string
  department: string
  indicatorCode: string
  indicatorName: string
  role: string
  count: number
  mean: number
}

const periodRef = z.string().min(1).max(50)

export const ratingsMethods = {
  'ratings-summary': method<RatingSummary[]>()(z.object({ period: periodRef }), { mutates: false, access: access.readUnit }),
}

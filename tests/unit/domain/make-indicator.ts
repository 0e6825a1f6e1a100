import type { Indicator } from '../../../shared/contract/scheme'

let nextId = 1

/** A scheme row with the defaults of a common, rated, quality indicator; tests override what matters. */
export function ind(code: string, parentCode: string | null, weight: number, extra: Partial<Indicator> = {}): Indicator {
  const id = nextId++
  return {
    id,
    code,
    name: code,
    parentCode,
    weight,
    layer: '共性',
    scope: [],
    nature: '质量',
    mode: '评分',
    target: null,
    direction: '越高越好',
    cap: null,
    validFrom: null,
    validTo: null,
    description: null,
    sortOrder: id,
    ...extra,
  }
}

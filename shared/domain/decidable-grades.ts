import type { PeriodKind } from '../contract/period'
import type { DecidableGrade } from '../contract/decisions'

const quarterly: readonly DecidableGrade[] = ['好', '较好', '一般', '较差', '不定等次']
const annual: readonly DecidableGrade[] = ['优秀', '称职', '基本称职', '不称职', '不定等次']

/**
 * rule: the grades a committee may decide for a period are the grades its results are proposed in,
 * plus 不定等次 (a person the committee finds cannot be graded). An annual period decides among
 * 优秀 / 称职 / 基本称职 / 不称职; a quarter among 好 / 较好 / 一般 / 较差; a special period is graded
 * as a quarter is (its results are proposed on the quarterly scale).
 */
export function decidableGradesFor(kind: PeriodKind): readonly DecidableGrade[] {
  return kind === 'annual' ? annual : quarterly
}

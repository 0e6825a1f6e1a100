import type { RuleSettings } from './settings'

/**
 * rule: within one rater role, the mean of its ratings for the item; when the role has more than
 * `trimAbove` ratings, one highest and one lowest are dropped first (one each, even when several
 * raters gave the same extreme score).
 */
export function roleMean(scores: readonly number[], trimAbove: number): number | null {
  if (scores.length === 0) return null
  const used = scores.length > trimAbove ? [...scores].sort((a, b) => a - b).slice(1, -1) : scores
  return used.reduce((s, x) => s + x, 0) / used.length
}

export interface RoleScore {
  role: string
  mean: number
}

/**
 * rule: an item's score is the weighted mean of its role means with the unit's role weights, the
 * weights rescaled to 100 % over the roles that rated the item. A role the settings give no weight
 * (or weight 0) cannot carry the item: it is left out, so a stray role never moves a number.
 */
export function combineRoles(roleScores: readonly RoleScore[], roleWeights: RuleSettings['roleWeights']): number | null {
  let num = 0
  let den = 0
  for (const { role, mean } of roleScores) {
    const w = (roleWeights as Record<string, number>)[role] ?? 0
    if (w <= 0) continue
    num += w * mean
    den += w
  }
  return den > 0 ? num / den : null
}

export interface ItemRating {
  role: string
  score: number
}

/**
 * One item of one person: role means (trimmed where due) combined by the rescaled role weights.
 * `given` are role scores that come whole from a hard input (citizen satisfaction as the 群众 role):
 * they stand for their role, in place of any ratings of that role on the item.
 */
export function aggregateItem(
  ratings: readonly ItemRating[],
  settings: Pick<RuleSettings, 'roleWeights' | 'trimAbove'>,
  given: readonly RoleScore[] = [],
) {
  const givenRoles = new Set(given.map((g) => g.role))
  const byRole = new Map<string, number[]>()
  for (const r of ratings) {
    if (givenRoles.has(r.role)) continue
    const list = byRole.get(r.role)
    if (list) list.push(r.score)
    else byRole.set(r.role, [r.score])
  }
  const roleScores: RoleScore[] = []
  for (const [role, scores] of byRole) {
    const mean = roleMean(scores, settings.trimAbove)
    if (mean !== null) roleScores.push({ role, mean })
  }
  roleScores.push(...given)
  const unweightedRoles = roleScores.filter((r) => !((settings.roleWeights as Record<string, number>)[r.role] > 0)).map((r) => r.role)
  return { score: combineRoles(roleScores, settings.roleWeights), roleScores, unweightedRoles }
}

import type { RuleSettings } from './settings'

/**
 * rule: within one rater role, the mean of its ratings for the item; when the role has more than
 * `trimAbove` ratings, one highest and one lowest are dropped first (one each, even when several
 * raters gave the same extreme score).
 */
export function roleMean(scores: readonly number[], trimAbove: number): number | null {
  if (scores.length === 0) return null
  const used = trims(scores.length, trimAbove) ? [...scores].sort((a, b) => a - b).slice(1, -1) : scores
  return used.reduce((s, x) => s + x, 0) / used.length
}

/** Whether a role with this many ratings on one item has its highest and lowest dropped. */
export function trims(count: number, trimAbove: number): boolean {
  return count > trimAbove
}

/**
 * Which ratings of one role roleMean drops, by position, for a result sheet to mark them: the first
 * lowest and the first highest as given (either of two equal extremes leaves the same mean).
 */
export function trimmedPositions(scores: readonly number[], trimAbove: number): Set<number> {
  if (!trims(scores.length, trimAbove)) return new Set()
  let low = 0
  let high = 0
  scores.forEach((x, i) => {
    if (x < scores[low]) low = i
    if (x > scores[high]) high = i
  })
  // all equal: both extremes are the same value, so drop the first and the last
  if (low === high) high = scores.length - 1
  return new Set([low, high])
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

/**
 * Each role's share of the item after combineRoles rescales the weights over the roles that rated
 * it (0 for a role without weight), for a result sheet to show.
 */
export function effectiveRoleWeights(roleScores: readonly RoleScore[], roleWeights: RuleSettings['roleWeights']): Map<string, number> {
  const weightOf = (role: string) => Math.max(0, (roleWeights as Record<string, number>)[role] ?? 0)
  const den = roleScores.reduce((s, r) => s + weightOf(r.role), 0)
  return new Map(roleScores.map((r) => [r.role, den > 0 ? weightOf(r.role) / den : 0]))
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

import { t, type Locale, type MessageKey } from './index'

/**
 * The one table of the domain's fixed words: each canonical term as stored (Chinese) to the message
 * that shows it. Data and exported Chinese documents keep the stored term; only the screen (and CLI
 * text in the caller's locale) shows the word of the current language. 优秀 is both an annual grade
 * and a department grade and reads the same in both, so it has one entry.
 */
const termKeys: Readonly<Record<string, MessageKey>> = {
  好: 'domain.grade.good',
  较好: 'domain.grade.fair',
  一般: 'domain.grade.average',
  较差: 'domain.grade.poor',
  不定等次: 'domain.grade.ungraded',
  优秀: 'domain.annual.excellent',
  称职: 'domain.annual.competent',
  基本称职: 'domain.annual.basicallyCompetent',
  不称职: 'domain.annual.notCompetent',
  不了解: 'domain.ballot.unknown',
  德: 'domain.dimension.integrity',
  能: 'domain.dimension.ability',
  勤: 'domain.dimension.diligence',
  绩: 'domain.dimension.performance',
  廉: 'domain.dimension.probity',
  领导: 'domain.role.leader',
  互评: 'domain.role.peer',
  自评: 'domain.role.self',
  群众: 'domain.role.public',
  满意: 'domain.satisfaction.satisfied',
  基本满意: 'domain.satisfaction.fairly',
  不满意: 'domain.satisfaction.dissatisfied',
  良好: 'domain.deptGrade.good',
  达标: 'domain.deptGrade.meets',
  诫勉: 'domain.deptGrade.admonished',
}

/** The canonical terms the table knows, for tests and lists. */
export const domainTerms: readonly string[] = Object.keys(termKeys)

/** A stored domain term in the words of the locale; an office's own term is shown as it is. */
export function domainWord(term: string, locale?: Locale): string {
  const key = Object.prototype.hasOwnProperty.call(termKeys, term) ? termKeys[term] : undefined
  return key ? t(key, undefined, locale) : term
}

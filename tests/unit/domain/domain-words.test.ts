import { describe, expect, it } from 'vitest'
import { domainTerms, domainWord } from '../../../shared/i18n/domain-words'
import { gradeDistributionOption } from '../../../shared/charts/grade-distribution'
import { setLocale } from '../../../shared/i18n'

const english: Record<string, string> = {
  好: 'Good', 较好: 'Fairly good', 一般: 'Average', 较差: 'Poor', 不定等次: 'Not graded',
  优秀: 'Excellent', 称职: 'Competent', 基本称职: 'Basically competent', 不称职: 'Not competent',
  德: 'Integrity', 能: 'Ability', 勤: 'Diligence', 绩: 'Performance', 廉: 'Probity',
  领导: 'Leader', 互评: 'Peer', 自评: 'Self', 群众: 'Public', 不了解: "Don't know",
  满意: 'Satisfied', 基本满意: 'Fairly satisfied', 不满意: 'Dissatisfied',
  良好: 'Good', 达标: 'Meets standard', 诫勉: 'Admonished',
}

describe('domain words: each fixed term shows in the language of the screen', () => {
  it('every term of the table has its Chinese word (the stored term itself) and an English word', () => {
    for (const term of domainTerms) {
      expect(domainWord(term, 'zh-CN'), term).toBe(term)
      expect(domainWord(term, 'en'), term).toBe(english[term])
    }
  })
  it('the table knows every grade, dimension, rater role, ballot option and satisfaction option', () => {
    expect([...domainTerms].sort()).toEqual(Object.keys(english).sort())
  })
  it("an office's own term is shown as it is in either language", () => {
    for (const own of ['优', '廉洁自律', '群众满意度', '', 'Good']) {
      expect(domainWord(own, 'en')).toBe(own)
      expect(domainWord(own, 'zh-CN')).toBe(own)
    }
  })
  it('an inherited name (toString, constructor) is not mistaken for a term', () => {
    expect(domainWord('toString', 'en')).toBe('toString')
    expect(domainWord('constructor', 'en')).toBe('constructor')
  })
})

describe('domain words: the grade chart names its bars in the language of the screen', () => {
  it('English bars read Good … Not graded, in the scale order, and the Chinese chart keeps 好 … 不定等次', () => {
    const grades = [{ grade: '不定等次', count: 1 }, { grade: '较好', count: 3 }, { grade: '好', count: 2 }]
    const axis = (o: ReturnType<typeof gradeDistributionOption>) => (o.xAxis as { data: string[] }).data
    try {
      setLocale('en')
      expect(axis(gradeDistributionOption({ grades, title: '', total: 6 }))).toEqual(['Good', 'Fairly good', 'Average', 'Poor', 'Not graded'])
    } finally {
      setLocale('zh-CN')
    }
    expect(axis(gradeDistributionOption({ grades, title: '', total: 6 }))).toEqual(['好', '较好', '一般', '较差', '不定等次'])
  })
})

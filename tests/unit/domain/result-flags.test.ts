import { describe, expect, it } from 'vitest'
import { resultFlags } from '../../../shared/domain/result-flags'
import { t } from '../../../shared/i18n'

const exempted = { key: 'results.note.exempted', params: { items: '办件量' } } as const

describe('rule: quarterly flags come from the facts computePeriod records (tie, over quota, veto, exemption, 不定等次)', () => {
  it('maps each fact to its kind with the remark’s own words', () => {
    expect(
      resultFlags({
        period: 'quarter',
        vetoes: ['违纪'],
        notes: [{ key: 'results.note.missingRatings', params: { items: 'J2' } }, exempted, { key: 'results.note.boundaryTie', params: { tied: 3, slots: 1 } }],
      }),
    ).toEqual([
      { kind: 'veto', key: 'results.note.veto', params: { items: '违纪' } },
      { kind: 'boundaryTie', key: 'results.note.boundaryTie', params: { tied: 3, slots: 1 } },
      { kind: 'exemption', key: 'results.note.exempted', params: { items: '办件量' } },
    ])
  })

  it('flags over-quota and 不定等次; a plain row has none', () => {
    expect(resultFlags({ period: 'quarter', vetoes: [], notes: [{ key: 'results.note.overQuota' }] })).toEqual([{ kind: 'overQuota', key: 'results.note.overQuota' }])
    expect(resultFlags({ period: 'quarter', vetoes: [], notes: [{ key: 'results.note.undetermined', params: { reason: '病假' } }] })).toEqual([
      { kind: 'undetermined', key: 'results.note.undetermined', params: { reason: '病假' } },
    ])
    expect(resultFlags({ period: 'quarter', vetoes: [], notes: [{ key: 'results.note.bonus', params: { points: 2, items: '表彰' } }] })).toEqual([])
  })
})

describe('rule: annual flags word the proposal’s reasons, the 不定等次 case, the negative list and an exemption', () => {
  const annual = { period: 'annual' as const, vetoes: [] as string[], notes: [], undetermined: null, negativeList: [] as string[] }

  it('a penalty and a ballot cap, in reading order, the share as a percentage', () => {
    const flags = resultFlags({
      ...annual,
      notes: [exempted],
      proposal: [
        { key: 'annual.flag.capBallots', params: { low: 3, valid: 10, share: 0.3 } },
        { key: 'annual.flag.penalty', params: { penalty: '诫勉', effect: 'notExcellent' } },
      ],
    })
    expect(flags.map((f) => f.kind)).toEqual(['penalty', 'cap', 'exemption'])
    expect(flags.map((f) => t(f.key as never, f.params, 'zh-CN'))).toEqual([
      '本年度受诫勉处分，不得评为优秀',
      '基本称职、不称职票合计 3/10，达到 30%，等次封顶为基本称职',
      '容错免责：办件量 不计入，其余按权重折算',
    ])
  })

  it('the veto names its items; excellentBarred names the bar', () => {
    const flags = resultFlags({
      ...annual,
      vetoes: ['违纪违法', '安全事故'],
      proposal: [{ key: 'annual.flag.veto' }, { key: 'annual.flag.excellentBarred', params: { reason: 'goodQuarters', good: 1, required: 2 } }],
    })
    expect(flags).toEqual([
      { kind: 'veto', key: 'annual.flag.veto', params: { items: '违纪违法、安全事故' } },
      { kind: 'excellentBarred', key: 'annual.flag.excellentBarredGoodQuarters', params: { good: 1, required: 2 } },
    ])
    expect(t(flags[1].key as never, flags[1].params, 'zh-CN')).toBe('年度得分达到优秀线，但平时考核“好”只有 1 个季度（至少需 2 个），不能评为优秀')
  })

  it('不定等次 by case; an ungraded year says nothing about the negative list', () => {
    expect(resultFlags({ ...annual, proposal: [], undetermined: { case: 'penalty', penalty: '记大过', decidedOn: '2024-06-01' }, negativeList: ['2025-03-01'] })).toEqual([
      { kind: 'undetermined', key: 'annual.flag.undeterminedPenalty', params: { penalty: '记大过', date: '2024-06-01' } },
    ])
    expect(resultFlags({ ...annual, proposal: [], undetermined: { case: 'other', reason: null } })).toEqual([{ kind: 'undetermined', key: 'annual.flag.undeterminedNoReason' }])
    expect(resultFlags({ ...annual, proposal: [], undetermined: { case: 'investigation' } })[0].key).toBe('annual.flag.undeterminedInvestigation')
  })

  it('over the quota and a boundary tie carry their numbers', () => {
    expect(resultFlags({ ...annual, proposal: [{ key: 'annual.flag.overQuota', params: { quota: 3 } }] })).toEqual([{ kind: 'overQuota', key: 'annual.flag.overQuota', params: { quota: 3 } }])
    const [tie] = resultFlags({ ...annual, proposal: [{ key: 'annual.flag.boundaryTie', params: { tied: 2, slots: 1 } }] })
    expect(t(tie.key as never, tie.params, 'en')).toBe(
      'Tie at the 优秀 quota boundary, for the committee: 2 people have the same annual score, 绩 score and number of quarterly 好 for 1 place(s) left; proposed 称职 for now',
    )
  })
})

import { describe, expect, it } from 'vitest'
import {
  gradesDecidable,
  inputsEditable,
  missingStages,
  nextTransition,
  requiredStages,
  stageRecordable,
  type LifecycleFacts,
  type LifecyclePerson,
} from '../../../shared/domain/period-lifecycle'

const person = (staffNo: string, done: LifecyclePerson['done'], status = '参加', statusReason: string | null = null): LifecyclePerson => ({
  staffNo,
  name: `姓名${staffNo}`,
  department: '党政办公室',
  status,
  statusReason,
  done,
})

const facts = (people: LifecyclePerson[], more: Partial<LifecycleFacts> = {}): LifecycleFacts => ({
  people,
  resultsComputed: true,
  resultsStale: false,
  openFlags: 0,
  notice: null,
  today: '2025-04-20',
  pendingAppeals: 0,
  ...more,
})

describe('rule: which stages a person must pass', () => {
  it('参加: all four; 不参加: none', () => {
    expect(requiredStages({ status: '参加', statusReason: null })).toEqual(['self', 'peer', 'leader', 'committee'])
    expect(requiredStages({ status: '不参加', statusReason: '借调' })).toEqual([])
  })
  it('不定等次: the comment and the committee, no score stages', () => {
    expect(requiredStages({ status: '不定等次', statusReason: '新录用试用期' })).toEqual(['leader', 'committee'])
  })
  it('不定等次 under formal investigation: not even the comment', () => {
    expect(requiredStages({ status: '不定等次', statusReason: '被立案审查' })).toEqual(['committee'])
  })
  it('missing stages in stage order', () => {
    expect(missingStages(person('S1', ['leader', 'self']))).toEqual(['peer', 'committee'])
  })
})

describe('rule: the period lifecycle, one step at a time, every reason listed', () => {
  it('draft → open carries no condition', () => {
    const empty = facts([person('S1', [])], { resultsComputed: false, openFlags: 3 })
    expect(nextTransition('draft', empty)).toMatchObject({ to: 'open', allowed: true, reasons: [] })
  })

  it('final is the last step', () => {
    expect(nextTransition('final', facts([]))).toEqual({ from: 'final', to: null, allowed: false, reasons: [{ kind: 'lastStep' }] })
  })

  it('open → review is allowed when every participant did 述职, 互评 and 核验 (committee not yet)', () => {
    const people = [person('S1', ['self', 'peer', 'leader']), person('S2', ['leader'], '不定等次', '病假'), person('S3', [], '不参加')]
    expect(nextTransition('open', facts(people, { resultsComputed: false }))).toMatchObject({ to: 'review', allowed: true })
  })

  it('open → review lists each missing stage with its people', () => {
    const people = [person('S1', ['self']), person('S2', ['self', 'peer']), person('S3', [], '不定等次', '新录用'), person('S4', [], '不参加')]
    const check = nextTransition('open', facts(people))
    expect(check.allowed).toBe(false)
    expect(check.reasons).toEqual([
      { kind: 'stageMissing', stage: 'peer', people: [{ staffNo: 'S1', name: '姓名S1', department: '党政办公室' }] },
      {
        kind: 'stageMissing',
        stage: 'leader',
        people: ['S1', 'S2', 'S3'].map((s) => ({ staffNo: s, name: `姓名${s}`, department: '党政办公室' })),
      },
    ])
  })

  it('review → approved needs the committee for everyone, including 不定等次', () => {
    const people = [person('S1', ['self', 'peer', 'leader', 'committee']), person('S2', ['leader'], '不定等次', '新录用')]
    const check = nextTransition('review', facts(people))
    expect(check.reasons).toEqual([{ kind: 'stageMissing', stage: 'committee', people: [{ staffNo: 'S2', name: '姓名S2', department: '党政办公室' }] }])
  })

  it('review → approved needs results, computed after the last rating change', () => {
    const done = [person('S1', ['self', 'peer', 'leader', 'committee'])]
    expect(nextTransition('review', facts(done, { resultsComputed: false })).reasons).toEqual([{ kind: 'resultsNotComputed' }])
    expect(nextTransition('review', facts(done, { resultsStale: true })).reasons).toEqual([{ kind: 'resultsStale' }])
    expect(nextTransition('review', facts(done))).toMatchObject({ to: 'approved', allowed: true })
  })

  it('review → approved needs no open flag, and gives every reason at once', () => {
    const check = nextTransition('review', facts([person('S1', [])], { resultsComputed: false, openFlags: 2 }))
    expect(check.reasons.map((r) => r.kind)).toEqual(['stageMissing', 'resultsNotComputed', 'openFlags'])
    expect(check.reasons[2]).toEqual({ kind: 'openFlags', count: 2 })
  })
})

describe('rule: the public notice and appeals before a period becomes final', () => {
  const done = [person('S1', ['self', 'peer', 'leader', 'committee'])]
  // a notice from Thursday 2025-04-03 over 5 working days, 2025-04-04 (清明) off: 3, 7, 8, 9, 10 April
  const notice = { endDate: '2025-04-10' }

  it('approved → noticed needs a published notice, and nothing else', () => {
    expect(nextTransition('approved', facts(done))).toMatchObject({ to: 'noticed', allowed: false, reasons: [{ kind: 'noticeMissing' }] })
    // stages, flags and staleness were settled at approval: they no longer block
    const messy = facts([person('S1', [])], { notice, openFlags: 3, resultsStale: true })
    expect(nextTransition('approved', messy)).toEqual({ from: 'approved', to: 'noticed', allowed: true, reasons: [] })
  })

  it('noticed → final waits until the day after the last notice day', () => {
    // the last day (10 April) is still a notice day: final from 11 April on
    expect(nextTransition('noticed', facts(done, { notice, today: '2025-04-09' })).reasons).toEqual([{ kind: 'noticeNotEnded', endDate: '2025-04-10' }])
    expect(nextTransition('noticed', facts(done, { notice, today: '2025-04-10' })).reasons).toEqual([{ kind: 'noticeNotEnded', endDate: '2025-04-10' }])
    expect(nextTransition('noticed', facts(done, { notice, today: '2025-04-11' }))).toEqual({ from: 'noticed', to: 'final', allowed: true, reasons: [] })
    // string order is date order across a month and a year: '2025-12-31' < '2026-01-01'
    expect(nextTransition('noticed', facts(done, { notice: { endDate: '2025-12-31' }, today: '2026-01-01' })).allowed).toBe(true)
  })

  it('noticed → final waits for every pending review or appeal, and says both reasons at once', () => {
    const check = nextTransition('noticed', facts(done, { notice, today: '2025-04-08', pendingAppeals: 2 }))
    expect(check.reasons).toEqual([
      { kind: 'noticeNotEnded', endDate: '2025-04-10' },
      { kind: 'appealsPending', count: 2 },
    ])
    expect(nextTransition('noticed', facts(done, { notice, today: '2025-05-01', pendingAppeals: 1 })).reasons).toEqual([{ kind: 'appealsPending', count: 1 }])
  })

  it('a noticed period without its notice (lost data) is refused, not waved through', () => {
    expect(nextTransition('noticed', facts(done, { today: '2030-01-01' })).reasons).toEqual([{ kind: 'noticeMissing' }])
  })
})

describe('rule: what may change in which status', () => {
  it('stages up to review; the committee only in review', () => {
    expect(['draft', 'open', 'review', 'approved', 'noticed', 'final'].map((s) => stageRecordable(s, 'leader'))).toEqual([true, true, true, false, false, false])
    expect(['draft', 'open', 'review', 'approved'].map((s) => stageRecordable(s, 'committee'))).toEqual([false, false, true, false])
  })
  it('ratings and participation up to review', () => {
    expect(['draft', 'open', 'review', 'approved', 'noticed', 'final'].map(inputsEditable)).toEqual([true, true, true, false, false, false])
  })
})

describe('rule: the committee decides grades only while the period is in review', () => {
  it('is open in review and nowhere else', () => {
    expect(['draft', 'open', 'review', 'approved', 'noticed', 'final'].filter(gradesDecidable)).toEqual(['review'])
  })
})

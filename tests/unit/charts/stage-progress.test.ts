import { describe, expect, it } from 'vitest'
import { stageDoneShare, stageProgressOption } from '../../../shared/charts/stage-progress'
import { itemLabels, itemValues, seriesOf, titleOf, yAxisOf } from './option-parts'

describe('stage progress chart', () => {
  const option = stageProgressOption({
    period: '2025年第一季度',
    stages: [
      { name: '个人自评', done: 40, required: 40 },
      { name: '民主测评', done: 31, required: 40 },
      { name: '领导评价', done: 1, required: 3 },
      { name: '考核委员会审定', done: 0, required: 0 },
    ],
  })

  it('lists the stages top to bottom in workflow order', () => {
    expect(yAxisOf(option)).toMatchObject({ data: ['个人自评', '民主测评', '领导评价', '考核委员会审定'], inverse: true })
    expect(titleOf(option).text).toBe('2025年第一季度各环节完成情况')
  })

  it('stacks the share done with the share pending to 100 %', () => {
    const [done, pending] = seriesOf(option)
    expect(done.stack).toBe('share')
    expect(pending.stack).toBe('share')
    // 40/40 = 100; 31/40 = 77.5; 1/3 = 33.33… → 33.3; nothing required counts as done
    expect(itemValues(done)).toEqual([100, 77.5, 33.3, 100])
    expect(pending.data).toEqual([0, 22.5, 66.7, 0])
    expect(itemLabels(done)).toEqual(['40/40', '31/40', '1/3', '0/0'])
  })

  it('rounds the share half-up to one decimal', () => {
    // 2/3 = 66.666… → 66.7
    expect(stageDoneShare({ name: 's', done: 2, required: 3 })).toBe(66.7)
  })
})

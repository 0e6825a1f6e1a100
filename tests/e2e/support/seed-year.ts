import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Api } from './api'
import { fixture } from './browser'

export const YEAR_SCHEME = '平时考核2025'
export const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'] as const
export const ANNUAL = '2025'

function file(name: string) {
  return { fileName: path.basename(name), dataBase64: readFileSync(fixture(name)).toString('base64') }
}

/** the leaves of the sample scheme, each scored by the 领导 role */
const LEAVES = ['D1', 'D2', 'N1', 'N2', 'Q1', 'J1', 'J2', 'J3', 'L1']
/** a second leader's scores, entered by hand as the entry grid would */
const EXTRA_LEADER = '考核办复评'

/**
 * The quarters differ, so the year has a story at the 优秀 boundary. One workbook for all four would
 * give everyone the same grade each quarter, and only the top 7 (≥ 90) would ever have a quarterly 好.
 * Instead: S011 (邱萍, 89.58 in the workbook) is rated higher in Q1 and Q2 (91.61, 好 twice: eligible
 * for 优秀); S030 (李冬华, 92.58) lower (90.42 好 in Q1/Q2, 85.79 in Q3/Q4). The year then puts
 * S030 at 90.34 (the 7th and last 优秀 place) just above S011 at 90.09 (称职, over the quota), so a
 * small corrected rating of S011 in a 复核 swaps the two.
 */
export const QUARTER_SCORES: Record<(typeof QUARTERS)[number], { staffNo: string; score: number }[]> = {
  '2025-Q1': [{ staffNo: 'S011', score: 100 }, { staffNo: 'S030', score: 80 }],
  '2025-Q2': [{ staffNo: 'S011', score: 100 }, { staffNo: 'S030', score: 80 }],
  '2025-Q3': [{ staffNo: 'S030', score: 55 }],
  '2025-Q4': [{ staffNo: 'S030', score: 55 }],
}

/**
 * A year through the bridge (the clerk's calls), for speed: the roster and scheme of the 2025-Q1 sample, the four
 * quarters opened, rated from the sample workbook (with QUARTER_SCORES added by a second leader) and
 * computed, and the annual period 2025 on the same scheme, open and rated from the workbook, left for
 * the test to compute in the UI.
 */
export async function seedYear(call: Api): Promise<void> {
  await call('roster-import', { file: file('roster.xlsx') })
  await call('scheme-import', { file: file('scheme.xlsx'), name: YEAR_SCHEME })
  const ratings = file('ratings-2025-Q1.xlsx')
  for (const id of QUARTERS) {
    await call('period-create', { id, kind: 'quarter', scheme: YEAR_SCHEME })
    await call('period-open', { id })
    await call('ratings-import', { period: id, file: ratings })
    // a leaf that does not apply to the person's post is refused cell by cell, which is fine here
    const cells = QUARTER_SCORES[id].flatMap(({ staffNo, score }) => LEAVES.map((code) => ({ staffNo, code, score })))
    await call('entry-save', { period: id, role: '领导', rater: EXTRA_LEADER, cells })
    await call('results-compute', { period: id })
  }
  await call('period-create', { id: ANNUAL, kind: 'annual', scheme: YEAR_SCHEME })
  await call('period-open', { id: ANNUAL })
  await call('ratings-import', { period: ANNUAL, file: ratings })
}

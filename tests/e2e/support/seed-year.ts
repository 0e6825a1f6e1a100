import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Input, MethodName, Output } from '../../../shared/contract'
import { fixture } from './browser'
import type { E2eServer } from './server'

export const YEAR_SCHEME = '平时考核2025'
export const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'] as const
export const ANNUAL = '2025'

/**
 * A call over the localhost bridge exactly as the page makes it (renderer/src/lib/rpc.ts: POST
 * /rpc/<method>, JSON body, the x-kaohe-token header); the token is the one in the URL the launcher prints.
 */
export function bridge(server: E2eServer) {
  const token = new URL(server.openUrl).hash.replace(/^#/, '').split('&').find((kv) => kv.startsWith('token='))?.slice('token='.length) ?? ''
  return async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const r = await fetch(new URL(`/rpc/${encodeURIComponent(method)}`, server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-kaohe-token': decodeURIComponent(token) },
      body: JSON.stringify(input),
    })
    const outcome = (await r.json()) as { ok: true; result: Output<M> } | { ok: false; error: { code: string; message: string } }
    if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}: ${outcome.error.message}`)
    return outcome.result
  }
}

function file(name: string) {
  return { fileName: path.basename(name), dataBase64: readFileSync(fixture(name)).toString('base64') }
}

/**
 * A year through the bridge, for speed: the roster and scheme of the 2025-Q1 sample, the four
 * quarters opened, rated from the sample workbook and computed, and the annual period 2025 on the
 * same scheme, open and rated, left for the test to compute in the UI.
 */
export async function seedYear(server: E2eServer): Promise<void> {
  const call = bridge(server)
  await call('roster-import', { file: file('roster.xlsx') })
  await call('scheme-import', { file: file('scheme.xlsx'), name: YEAR_SCHEME })
  const ratings = file('ratings-2025-Q1.xlsx')
  for (const id of QUARTERS) {
    await call('period-create', { id, kind: 'quarter', scheme: YEAR_SCHEME })
    await call('period-open', { id })
    await call('ratings-import', { period: id, file: ratings })
    await call('results-compute', { period: id })
  }
  await call('period-create', { id: ANNUAL, kind: 'annual', scheme: YEAR_SCHEME })
  await call('period-open', { id: ANNUAL })
  await call('ratings-import', { period: ANNUAL, file: ratings })
}

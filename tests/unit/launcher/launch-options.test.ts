import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { launchOptions } from '../../../electron/launcher/launch-options'

describe('the app makes its database only at its own default path (its first launch is its init)', () => {
  it('no --db and no KAOHE_DB: the default path, made there if missing', () => {
    const o = launchOptions([], {})
    expect(o.dbPath).toBe(path.join(os.homedir(), '.kaohe', 'kaohe.db'))
    expect(o.create).toBe(true)
  })

  it('a path someone named (--db or KAOHE_DB) must already hold a database', () => {
    expect(launchOptions(['--db', '/data/k.db'], {})).toMatchObject({ dbPath: '/data/k.db', create: false })
    expect(launchOptions([], { KAOHE_DB: '/data/env.db' })).toMatchObject({ dbPath: '/data/env.db', create: false })
    expect(launchOptions(['--db', '/data/k.db'], { KAOHE_DB: '/data/env.db' })).toMatchObject({ dbPath: '/data/k.db', create: false })
  })

  it('an empty KAOHE_DB names nothing', () => {
    expect(launchOptions([], { KAOHE_DB: '' })).toMatchObject({ dbPath: path.join(os.homedir(), '.kaohe', 'kaohe.db'), create: true })
  })
})

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../support/temp-dir'

// The layer rules of .dependency-cruiser.cjs, run on small trees laid out like the repo: a wrong
// import must fail `lint:deps` with the rule's name, a right one must pass.
const repoRoot = path.resolve(__dirname, '../..')
const depcruise = path.join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')

let cleanup: (() => void) | null = null
afterEach(() => {
  cleanup?.()
  cleanup = null
})

function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const temp = tempDir('kaohe-layers-')
  cleanup = temp.cleanup
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(temp.dir, file)), { recursive: true })
    fs.writeFileSync(path.join(temp.dir, file), text)
  }
  fs.copyFileSync(path.join(repoRoot, '.dependency-cruiser.cjs'), path.join(temp.dir, '.dependency-cruiser.cjs'))
  fs.writeFileSync(path.join(temp.dir, 'tsconfig.base.json'), JSON.stringify({ compilerOptions: { strict: true } }))
  const run = spawnSync(process.execPath, [depcruise, 'shared', 'electron', 'renderer', '--config', '.dependency-cruiser.cjs'], {
    cwd: temp.dir,
    encoding: 'utf8',
  })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

const sound = {
  'shared/contract/app-error.ts': 'export class AppError extends Error {}\n',
  'electron/excel/read.ts': "import { AppError } from '../../shared/contract/app-error'\nexport const read = () => new AppError()\n",
  'electron/core/handlers.ts': "import { read } from '../excel/read'\nexport const handlers = { read }\n",
  'electron/rpc/dispatch.ts': "import { handlers } from '../core/handlers'\nexport const dispatch = handlers\n",
  'electron/cli/index.ts': "import { dispatch } from '../rpc/dispatch'\nexport default dispatch\n",
  'renderer/src/app.ts': "import { AppError } from '../../shared/contract/app-error'\nexport const app = AppError\n",
}

describe('lint:deps layer rules', () => {
  it('passes a tree whose imports run one way', () => {
    const { status, output } = cruise(sound)
    expect(output).toContain('no dependency violations')
    expect(status).toBe(0)
  })

  it.each([
    ['storage-below-core', 'electron/excel/wrong.ts', "import { handlers } from '../core/handlers'\nexport const x = handlers\n"],
    ['core-below-rpc', 'electron/core/wrong.ts', "import { dispatch } from '../rpc/dispatch'\nexport const x = dispatch\n"],
    ['rpc-below-entry', 'electron/rpc/wrong.ts', "import cli from '../cli/index'\nexport const x = cli\n"],
    ['entry-points-apart', 'electron/main/wrong.ts', "import cli from '../cli/index'\nexport const x = cli\n"],
    ['renderer-only-shared', 'renderer/src/wrong.ts', "import { read } from '../../electron/excel/read'\nexport const x = read\n"],
    ['renderer-no-node', 'renderer/src/wrong.ts', "import fs from 'node:fs'\nexport const x = fs\n"],
    ['shared-is-pure', 'shared/domain/wrong.ts', "import { read } from '../../electron/excel/read'\nexport const x = read\n"],
    ['shared-no-node', 'shared/domain/wrong.ts', "import path from 'node:path'\nexport const x = path\n"],
    ['electron-module-in-main-only', 'electron/cli/wrong.ts', "import { app } from 'electron'\nexport const x = app\n"],
  ])('fails naming %s when %s imports upward', (rule, file, text) => {
    const { status, output } = cruise({ ...sound, [file]: text })
    expect(status).not.toBe(0)
    expect(output).toContain(`error ${rule}: ${file}`)
  })

  it('fails naming no-circular when two files import each other', () => {
    const { status, output } = cruise({
      ...sound,
      'electron/core/parent.ts': "import { child } from './child'\nexport type Parent = { c: typeof child }\nexport const parent = 1\n",
      'electron/core/child.ts': "import { parent } from './parent'\nexport const child = parent\n",
    })
    expect(status).not.toBe(0)
    expect(output).toContain('error no-circular: electron/core/')
  })
})

import fs from 'node:fs'
import path from 'node:path'

/** The sample workbooks the demo is loaded from, in the order a clerk imports them. */
export const sampleFiles = { roster: 'roster.xlsx', scheme: 'scheme.xlsx', ratings: 'ratings-2025-Q1.xlsx', satisfaction: 'satisfaction-2025-Q1.gbk.csv' } as const

/** `kaohe.db` → `kaohe-示例.db` beside it: the training copy never shares a file with the office's data. */
export function demoPathOf(home: string): string {
  const resolved = path.resolve(home)
  const base = path.basename(resolved).replace(/\.[^.]+$/, '') || 'kaohe'
  return path.join(path.dirname(resolved), `${base}-示例.db`)
}

/**
 * Where resources/samples is: beside the sources in development and tests (electron/rpc, electron/core/setup),
 * beside the bundle once built (out/main), in the package's resources when packaged.
 */
export function samplesFolder(): string {
  const candidates = [
    process.env.KAOHE_SAMPLES_DIR,
    path.resolve(__dirname, '../../resources/samples'),
    path.resolve(__dirname, '../../../resources/samples'),
    (process as { resourcesPath?: string }).resourcesPath ? path.join((process as { resourcesPath?: string }).resourcesPath as string, 'samples') : undefined,
  ].filter((c): c is string => typeof c === 'string')
  const found = candidates.find((c) => fs.existsSync(path.join(c, sampleFiles.roster)))
  if (!found) throw new Error(`sample workbooks not found in ${candidates.join(', ')}`)
  return found
}

export function sampleFile(name: string): { fileName: string; dataBase64: string } {
  return { fileName: name, dataBase64: fs.readFileSync(path.join(samplesFolder(), name)).toString('base64') }
}

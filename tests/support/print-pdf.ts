import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const PRINT_TOOLS_HINT = 'apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk'

/** Fails (never skips) when a tool the print check needs is missing, with the one line that installs it. */
export function requirePrintTools(): void {
  for (const tool of ['soffice', 'pdfinfo', 'pdftotext', 'pdffonts', 'pdftoppm', 'pdfimages']) {
    const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0
    if (!found) throw new Error(`${tool} not found; run: ${PRINT_TOOLS_HINT}`)
  }
}

/**
 * Converts a workbook to PDF with LibreOffice headless. Its own profile folder, so parallel test
 * runs (or a desktop LibreOffice left open) don't fight over the user installation lock.
 */
export function convertToPdf(file: string, outDir: string, profileDir: string): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { timeout: 60_000, stdio: 'pipe' })
  const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`)
  if (!fs.existsSync(pdf)) throw new Error(`soffice wrote no PDF for ${file}`)
  return pdf
}

export interface PdfPage {
  width: number
  height: number
}

/** Page sizes in points, from `pdfinfo -f 1 -l N`. */
export function pdfPages(pdf: string): PdfPage[] {
  const count = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), pdf], { encoding: 'utf8' })
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }))
}

/** True for A4 either way round, allowing LibreOffice's rounding (595.3 × 841.9). */
export function isA4(p: PdfPage): boolean {
  const [short, long] = [Math.min(p.width, p.height), Math.max(p.width, p.height)]
  return Math.abs(short - 595) < 2 && Math.abs(long - 842) < 2
}

/** The text of each page, laid out as printed (pdftotext separates pages with a form feed). */
export function pdfPageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  return text.split('\f').slice(0, -1)
}

/** The fonts embedded in the PDF, as `pdffonts` names them. */
export function pdfFonts(pdf: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
  // name is the first field; the "emb" column is the third yes/no from the end
  return lines.map((l) => {
    const f = l.trim().split(/\s+/)
    return { name: f[0], embedded: f[f.length - 5] === 'yes' }
  })
}

/** The pictures placed on each page (1-based page numbers), as `pdfimages -list` names them; soft masks left out. */
export function pdfImages(pdf: string): { page: number; width: number; height: number }[] {
  const lines = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
  return lines
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f[2] === 'image')
    .map((f) => ({ page: Number(f[0]), width: Number(f[3]), height: Number(f[4]) }))
}

/** Removes the page images of earlier runs whose names start with one of `prefixes`; other print checks keep theirs. */
export function clearPageImages(dir: string, prefixes: readonly string[]): void {
  fs.mkdirSync(dir, { recursive: true })
  for (const f of fs.readdirSync(dir)) if (prefixes.some((p) => f.startsWith(p))) fs.rmSync(path.join(dir, f))
}

/** Pages first..last as PNG at a low resolution, for a person to look at. */
export function renderPages(pdf: string, outDir: string, prefix: string, first = 1, last = 2): string[] {
  fs.mkdirSync(outDir, { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), pdf, path.join(outDir, prefix)])
  return fs.readdirSync(outDir).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
}

import fs from 'node:fs'
import path from 'node:path'

/**
 * Finding a CJK font for charts drawn without a browser. resvg-wasm sees no system fonts, so the
 * font file is read here and passed as a buffer. Windows offices have SimHei/YaHei/SimSun; domestic
 * Linux has Noto CJK or WenQuanYi. KAOHE_CHART_FONT names a file to use instead (or "none").
 */
export interface ChartFont {
  file: string
  /** the family name to ask for when a chart's own font list matches nothing loaded */
  family: string
  /** the regular cut, then the bold one when it sits beside it (titles are bold) */
  data: Uint8Array[]
  /** false for the Latin fallback: figures and Latin letters show, Chinese does not */
  cjk: boolean
}

const candidates = [
  'C:\\Windows\\Fonts\\simhei.ttf',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simsun.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
]

// Without a CJK font resvg-wasm would draw no text at all; a Latin font at least keeps the figures.
const latinFallbacks = [
  'C:\\Windows\\Fonts\\arial.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
]

const scanDirs = ['/usr/share/fonts', '/usr/local/share/fonts', 'C:\\Windows\\Fonts']

// Names of font files known to hold Chinese glyphs; bold/light cuts come after regular ones.
const cjkName = /cjk|wqy|simhei|simsun|simkai|simfang|msyh|sourcehan|source-han|droidsansfallback|notosanssc|notoserifsc|hei|song|kai/i
const fontExt = /\.(ttf|ttc|otf|otc)$/i

/** family names by file name, for the fonts a Chinese office is likely to have */
export function familyOf(file: string): string {
  const name = path.basename(file).toLowerCase()
  if (name.startsWith('simhei')) return 'SimHei'
  if (name.startsWith('msyh')) return 'Microsoft YaHei'
  if (name.startsWith('simsun')) return 'SimSun'
  if (name.includes('notosanscjk')) return 'Noto Sans CJK SC'
  if (name.includes('notoserifcjk')) return 'Noto Serif CJK SC'
  if (name.startsWith('wqy-microhei')) return 'WenQuanYi Micro Hei'
  if (name.startsWith('wqy-zenhei')) return 'WenQuanYi Zen Hei'
  if (name.startsWith('arial')) return 'Arial'
  if (name.startsWith('dejavusans')) return 'DejaVu Sans'
  if (name.startsWith('liberationsans')) return 'Liberation Sans'
  return 'sans-serif'
}

function scan(dir: string, depth: number, out: string[]): void {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const e of entries) {
    const full = path.join(dir, e.name)
    if (e.isDirectory() && depth > 0) scan(full, depth - 1, out)
    else if (e.isFile() && fontExt.test(e.name) && cjkName.test(e.name)) out.push(full)
  }
}

const weightRank = (file: string) => (/bold|black|heavy|light|thin|medium|semibold|extralight/i.test(path.basename(file)) ? 1 : 0)

/** the font file to use: KAOHE_CHART_FONT, else the first candidate that exists, else a scan */
export function findCjkFontFile(env: NodeJS.ProcessEnv = process.env): string | null {
  const forced = env.KAOHE_CHART_FONT
  // "none" draws without a CJK font, to see what a machine without one gets
  if (forced === 'none') return null
  if (forced && fs.existsSync(forced)) return forced
  for (const file of candidates) if (fs.existsSync(file)) return file
  const found: string[] = []
  for (const dir of scanDirs) scan(dir, 4, found)
  found.sort((a, b) => weightRank(a) - weightRank(b) || a.localeCompare(b))
  return found[0] ?? null
}

/** the bold cut next to a regular file: NotoSansCJK-Regular.ttc → NotoSansCJK-Bold.ttc, msyh.ttc → msyhbd.ttc */
export function boldSibling(file: string): string | null {
  const dir = path.dirname(file)
  const name = path.basename(file)
  const bold = /Regular/.test(name)
    ? name.replace('Regular', 'Bold')
    : /^msyh\.ttc$/i.test(name)
      ? 'msyhbd.ttc'
      : /^arial\.ttf$/i.test(name)
        ? 'arialbd.ttf'
        : /^DejaVuSans\.ttf$/.test(name)
          ? 'DejaVuSans-Bold.ttf'
          : null
  if (!bold) return null
  const full = path.join(dir, bold)
  return fs.existsSync(full) ? full : null
}

let cached: ChartFont | null | undefined

export function readChartFont(file: string, cjk: boolean): ChartFont {
  const bold = boldSibling(file)
  const data = [file, ...(bold ? [bold] : [])].map((f) => new Uint8Array(fs.readFileSync(f)))
  return { file, family: familyOf(file), data, cjk }
}

/** the CJK font, read once per process; else a Latin one (cjk: false); null when there is neither */
export function loadChartFont(): ChartFont | null {
  if (cached !== undefined) return cached
  const file = findCjkFontFile()
  const latin = file ? null : latinFallbacks.find((f) => fs.existsSync(f))
  cached = file ? readChartFont(file, true) : latin ? readChartFont(latin, false) : null
  return cached
}

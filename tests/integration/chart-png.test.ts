import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderChartPng, renderChartPngWith, renderChartSvg } from '../../electron/charts/render-png'
import { boldSibling, findCjkFontFile, loadChartFont, readChartFont } from '../../electron/charts/chart-font'
import { gradeDistributionOption } from '../../shared/charts/grade-distribution'
import { performanceRadarOption } from '../../shared/charts/performance-radar'

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

// IHDR is the first chunk: 8-byte signature, 4-byte length, "IHDR", then width and height.
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(pngSignature)).toBe(true)
  expect(png.toString('latin1', 12, 16)).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

const grades = gradeDistributionOption({
  title: '2025年度考核等次分布',
  total: 40,
  grades: [
    { grade: '优秀', count: 8 },
    { grade: '称职', count: 27 },
    { grade: '基本称职', count: 2 },
    { grade: '不定等次', count: 3 },
  ],
})

const radar = performanceRadarOption({
  name: '张三',
  department: '办公室',
  dimensions: [
    { name: '德', score: 92, departmentMean: 90.5 },
    { name: '能', score: 85, departmentMean: 88 },
    { name: '勤', score: 88, departmentMean: 87 },
    { name: '绩', score: 81, departmentMean: 84 },
    { name: '廉', score: 95, departmentMean: 93 },
  ],
})

describe('charts drawn without a browser', () => {
  it('finds a Chinese font on this machine (fonts-noto-cjk here and in CI)', () => {
    const file = findCjkFontFile()
    expect(file).not.toBeNull()
    expect(loadChartFont()).toMatchObject({ file, cjk: true })
    expect(loadChartFont()?.data[0].byteLength).toBeGreaterThan(1_000_000)
  })

  it('takes the font KAOHE_CHART_FONT names, or none, and finds the bold cut beside a regular one', () => {
    const file = findCjkFontFile() as string
    expect(findCjkFontFile({ KAOHE_CHART_FONT: file })).toBe(file)
    expect(findCjkFontFile({ KAOHE_CHART_FONT: 'none' })).toBeNull()
    // a name that does not exist falls back to the search
    expect(findCjkFontFile({ KAOHE_CHART_FONT: '/nowhere/font.ttf' })).toBe(file)
    if (file.endsWith('NotoSansCJK-Regular.ttc')) expect(boldSibling(file)).toBe(file.replace('Regular', 'Bold'))
  })

  it('writes the grade distribution as SVG text with the Chinese labels in it', () => {
    const svg = renderChartSvg(grades, { width: 1000, height: 600 })
    expect(svg.startsWith('<svg')).toBe(true)
    for (const text of ['2025年度考核等次分布', '优秀', '基本称职', '不定等次', '67.5%']) expect(svg).toContain(text)
  })

  it('draws the grade distribution as a PNG of the asked size, the same bytes every time', async () => {
    const started = performance.now()
    const first = await renderChartPng(grades, { width: 1000, height: 600 })
    console.log(`grade distribution 1000×600: ${Math.round(performance.now() - started)} ms (first render, wasm and font loaded)`)
    expect(first.cjkFont).toBe(true)
    expect(pngSize(first.png)).toEqual({ width: 1000, height: 600 })
    // a blank white 1000×600 PNG compresses to a few kB; five bars with text take far more
    expect(first.png.length).toBeGreaterThan(10_000)
    expect(first.png.length).toBeLessThan(1_000_000)
    const again = performance.now()
    const second = await renderChartPng(grades, { width: 1000, height: 600 })
    console.log(`grade distribution 1000×600: ${Math.round(performance.now() - again)} ms (second render)`)
    expect(second.png.equals(first.png)).toBe(true)
  })

  it('draws the 绩效图谱 radar at another size', async () => {
    const { png, cjkFont } = await renderChartPng(radar, { width: 800, height: 700 })
    expect(cjkFont).toBe(true)
    expect(pngSize(png)).toEqual({ width: 800, height: 700 })
    expect(png.length).toBeGreaterThan(10_000)
    const blank = await renderChartPng({ backgroundColor: '#ffffff' }, { width: 800, height: 700 })
    expect(blank.png.length).toBeLessThan(png.length / 4)
  })

  it('still draws without a CJK font and says so', async () => {
    const none = await renderChartPngWith(grades, { width: 600, height: 400 }, null)
    expect(none.cjkFont).toBe(false)
    expect(pngSize(none.png)).toEqual({ width: 600, height: 400 })
    const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
    if (!fs.existsSync(dejavu)) return
    // with a Latin font the figures are drawn: more ink than with no font at all
    const latin = await renderChartPngWith(grades, { width: 600, height: 400 }, readChartFont(dejavu, false))
    expect(latin.cjkFont).toBe(false)
    expect(latin.png.length).toBeGreaterThan(none.png.length)
  })
})

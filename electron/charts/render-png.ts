import fs from 'node:fs'
import * as echarts from 'echarts'
import type { EChartsOption } from 'echarts'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { chartFont } from '../../shared/charts/chart-style'
import { loadChartFont, type ChartFont } from './chart-font'

let wasmReady: Promise<void> | null = null

// The wasm file ships in node_modules (the package stays external in the main bundle), so it is
// read from disk: no network, and the same file runs on x64, arm64 and LoongArch.
function ensureWasm(): Promise<void> {
  if (!wasmReady) {
    const file = require.resolve('@resvg/resvg-wasm/index_bg.wasm')
    wasmReady = initWasm(fs.readFileSync(file)).catch((e: unknown) => {
      wasmReady = null
      throw e
    })
  }
  return wasmReady
}

/** An echarts option drawn to SVG with echarts' server-side renderer (no DOM). */
export function renderChartSvg(option: EChartsOption, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  try {
    chart.setOption({ animation: false, ...option })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/**
 * A chart as a PNG of exactly width × height pixels, for workbooks and the CLI export.
 * cjkFont is false when the machine has no Chinese font: the chart is still drawn (Chinese shows
 * as boxes; figures still show when a Latin font was found) and the caller should say so.
 */
export function renderChartPng(option: EChartsOption, size: { width: number; height: number }): Promise<{ png: Buffer; cjkFont: boolean }> {
  return renderChartPngWith(option, size, loadChartFont())
}

/** renderChartPng with a given font (null: none), for a caller that found its own */
export async function renderChartPngWith(
  option: EChartsOption,
  size: { width: number; height: number },
  font: ChartFont | null,
): Promise<{ png: Buffer; cjkFont: boolean }> {
  await ensureWasm()
  const svg = renderChartSvg(option, size)
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size.width },
    background: '#ffffff',
    font: {
      fontBuffers: font ? font.data : [],
      defaultFontFamily: font?.family ?? chartFont.split(',')[0],
      sansSerifFamily: font?.family ?? 'sans-serif',
      defaultFontSize: 12,
    },
    textRendering: 1,
    shapeRendering: 2,
  })
  try {
    const image = resvg.render()
    try {
      return { png: Buffer.from(image.asPng()), cjkFont: font?.cjk ?? false }
    } finally {
      image.free()
    }
  } finally {
    resvg.free()
  }
}

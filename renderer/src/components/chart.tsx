import { useEffect, useImperativeHandle, useRef, type Ref } from 'react'
import { BarChart, HeatmapChart, LineChart, RadarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, RadarComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components'
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { t } from '../../../shared/i18n'
import { downloadFile } from '../lib/files'
import './chart.css'

// only what the builders in shared/charts draw, so the bundle carries these and not the whole library
use([BarChart, HeatmapChart, LineChart, RadarChart, GridComponent, LegendComponent, RadarComponent, TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer])

export interface ChartHandle {
  /** saves the chart as drawn, at twice its size on white, as `<fileName>.png` */
  exportPng(fileName: string): void
}

interface ChartProps {
  /** an option from a builder in shared/charts (the workbook draws the same one) */
  option: EChartsCoreOption
  testId: string
  title?: string
  height?: number
  /** with a name, the figure offers 导出图片 and saves `<exportName>.png` */
  exportName?: string
  ref?: Ref<ChartHandle>
}

function savePng(chart: EChartsType, fileName: string): void {
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' })
  downloadFile({ fileName: fileName.endsWith('.png') ? fileName : `${fileName}.png`, dataBase64: url.slice(url.indexOf(',') + 1) })
}

/**
 * One ECharts chart on a div: drawn once the div exists, redrawn when the option changes, resized
 * with its box (the explain panel and the cards change width), disposed when it leaves the screen.
 */
export function Chart({ option, testId, title, height = 280, exportName, ref }: ChartProps) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<EChartsType | null>(null)

  useEffect(() => {
    const el = box.current
    if (!el) return
    const c = init(el, null, { renderer: 'canvas' })
    chart.current = c
    const observer = new ResizeObserver(() => c.resize())
    observer.observe(el)
    return () => {
      observer.disconnect()
      c.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    // notMerge: a series the new option no longer has must go, not linger from the last one
    chart.current?.setOption(option, { notMerge: true })
  }, [option])

  useImperativeHandle(ref, () => ({ exportPng: (fileName) => chart.current && savePng(chart.current, fileName) }), [])

  return (
    <figure className="chart-figure" data-testid={testId}>
      {(title || exportName) && (
        <figcaption className="chart-caption">
          {title && <span className="chart-title">{title}</span>}
          <span className="grow" />
          {exportName && (
            <button type="button" className="button button-small" data-testid="chart-export-png" title={t('ui.charts.exportPngTip')} onClick={() => chart.current && savePng(chart.current, exportName)}>
              {t('ui.charts.exportPng')}
            </button>
          )}
        </figcaption>
      )}
      <div ref={box} className="chart-box" style={{ height }} role="img" aria-label={title} />
    </figure>
  )
}

import type { chartsMessages as zh } from '../zh-CN/charts'

export const chartsMessages: Record<keyof typeof zh, string> = {
  'charts.grade.axis.grade': 'Grade',
  'charts.grade.axis.count': 'People',
  'charts.grade.series': 'People',
  'charts.grade.label': '{count}\n{share}%',
  'charts.grade.subtitle': '{total} people assessed',

  'charts.radar.title': 'Performance profile: {name}',
  'charts.radar.person': '{name}',
  'charts.radar.scale': 'Centre at {min} points, outer ring {max}, {step} points per ring',
  'charts.radar.scaleMixed': 'Dimensions on different scales (range after each name), {n} rings each',
  'charts.radar.axisRange': '{name} ({min}–{max})',
  'charts.radar.mean': '{department} mean',

  'charts.quarterly.title': 'Quarterly totals: {name}',
  'charts.quarterly.axis.period': 'Quarter',
  'charts.quarterly.axis.total': 'Total',
  'charts.quarterly.series': 'Quarterly total',
  'charts.quarterly.label': '{total} ({grade})',

  'charts.heatmap.title': 'Mean score by department and dimension',
  'charts.heatmap.axis.department': 'Department',
  'charts.heatmap.axis.dimension': 'Dimension',
  'charts.heatmap.series': 'Mean score',
  'charts.heatmap.noScore': 'No score',
  'charts.heatmap.tip': '{department} · {dimension}: {value}',
  'charts.heatmap.tipNoScore': '{department} · {dimension}: no score',

  'charts.stages.title': '{period}: stage completion',
  'charts.stages.axis.stage': 'Stage',
  'charts.stages.axis.share': 'Completed (%)',
  'charts.stages.series.done': 'Done',
  'charts.stages.series.pending': 'Pending',
  'charts.stages.label': '{done}/{total}',
}

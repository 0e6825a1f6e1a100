/** Words drawn inside charts: axis names, labels and series names (titles come from the caller). */
export const chartsMessages = {
  'charts.grade.axis.grade': '等次',
  'charts.grade.axis.count': '人数（人）',
  'charts.grade.series': '人数',
  'charts.grade.label': '{count} 人\n{share}%',
  'charts.grade.subtitle': '参加考核 {total} 人',

  'charts.radar.title': '{name}绩效图谱',
  'charts.radar.person': '{name}',
  'charts.radar.scale': '图中心为 {min} 分，外圈为 {max} 分，每圈 {step} 分',
  'charts.radar.scaleMixed': '各维度刻度不同（维度名后为其范围），每个维度分 {n} 圈',
  'charts.radar.axisRange': '{name}（{min}–{max}）',
  'charts.radar.mean': '{department}平均',

  'charts.quarterly.title': '{name}各季度得分',
  'charts.quarterly.axis.period': '季度',
  'charts.quarterly.axis.total': '得分',
  'charts.quarterly.series': '季度得分',
  'charts.quarterly.label': '{total}（{grade}）',

  'charts.heatmap.title': '各部门各维度平均得分',
  'charts.heatmap.axis.department': '部门',
  'charts.heatmap.axis.dimension': '考核维度',
  'charts.heatmap.series': '平均得分',
  'charts.heatmap.noScore': '无得分',
  'charts.heatmap.tip': '{department} · {dimension}：{value}',
  'charts.heatmap.tipNoScore': '{department} · {dimension}：无得分',

  'charts.stages.title': '{period}各环节完成情况',
  'charts.stages.axis.stage': '环节',
  'charts.stages.axis.share': '完成比例（%）',
  'charts.stages.series.done': '已完成',
  'charts.stages.series.pending': '未完成',
  'charts.stages.label': '{done}/{total}',
}

import type { Locator, Page } from 'playwright-core'

/** The charts of 概览, 报表's department section and 得分说明's 绩效图谱. */
export class ChartsPageModel {
  constructor(readonly page: Page) {}
  get navDashboard(): Locator {
    return this.page.getByTestId('nav-dashboard')
  }
  get dashboard(): Locator {
    return this.page.getByTestId('page-dashboard')
  }
  get dashboardProgress(): Locator {
    return this.page.getByTestId('dashboard-progress')
  }
  get dashboardGrades(): Locator {
    return this.page.getByTestId('dashboard-grades')
  }
  get dashboardFlags(): Locator {
    return this.page.getByTestId('dashboard-flags')
  }
  get dashboardLagging(): Locator {
    return this.page.getByTestId('dashboard-lagging')
  }
  get radar(): Locator {
    return this.page.getByTestId('chart-radar')
  }
  get quarterly(): Locator {
    return this.page.getByTestId('chart-quarterly')
  }
  get heatmap(): Locator {
    return this.page.getByTestId('chart-heatmap')
  }
  get grades(): Locator {
    return this.page.getByTestId('chart-grades')
  }
  /** the drawing itself: ECharts' canvas (or svg) inside a chart's box */
  drawing(chart: Locator): Locator {
    return chart.locator('canvas, svg').first()
  }
  /** a chart has drawn once its canvas has a size */
  async drawn(chart: Locator): Promise<boolean> {
    const drawing = this.drawing(chart)
    if ((await drawing.count()) === 0) return false
    const box = await drawing.boundingBox()
    return box !== null && box.width > 50 && box.height > 50
  }
  exportPng(chart: Locator): Locator {
    return chart.getByTestId('chart-export-png')
  }
}

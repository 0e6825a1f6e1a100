import type { Locator, Page } from 'playwright-core'

export class ReportPageModel {
  constructor(readonly page: Page) {}
  get exportReport(): Locator {
    return this.page.getByTestId('report-export')
  }
  /** 导出部门汇总 in the department section */
  get exportDepartments(): Locator {
    return this.page.getByTestId('report-departments-export')
  }
  get departmentsProgress(): Locator {
    return this.page.getByTestId('departments-export-progress')
  }
  get departmentSection(): Locator {
    return this.page.getByTestId('department-charts')
  }
  template(kind: 'roster' | 'scheme' | 'ratings'): Locator {
    return this.page.getByTestId(`template-${kind}`)
  }
}

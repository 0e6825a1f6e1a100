import type { Locator, Page } from 'playwright-core'

export type RoleId = 'leader' | 'peer' | 'self' | 'public'

export class SettingsPageModel {
  constructor(readonly page: Page) {}
  weight(role: RoleId): Locator {
    return this.page.getByTestId(`setting-weight-${role}`)
  }
  get weightsSum(): Locator {
    return this.page.getByTestId('settings-weights-sum')
  }
  field(name: 'trimAbove' | 'good' | 'fair' | 'poor' | 'goodQuota' | 'bonusCap'): Locator {
    return this.page.getByTestId(`setting-${name}`)
  }
  get save(): Locator {
    return this.page.getByTestId('settings-save')
  }
  get reset(): Locator {
    return this.page.getByTestId('settings-reset')
  }
  get auditCard(): Locator {
    return this.page.getByTestId('audit-card')
  }
  get systemInfo(): Locator {
    return this.page.getByTestId('system-info')
  }
}

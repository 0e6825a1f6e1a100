import './theme.css'
import './base.css'
import './tables.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { t } from '../../shared/i18n'
import { App } from './app'
import { initLocale } from './lib/locale'
import { captureToken } from './lib/token'

captureToken()
// the first screen's calls must already be answered in the saved language
void initLocale().then(() => {
  document.title = t('app.title')
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})

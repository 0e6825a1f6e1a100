import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { t } from '../../shared/i18n'
import { App } from './app'
import { initLocale } from './lib/locale'
import { captureToken } from './lib/token'
import './styles.css'

captureToken()
initLocale()
document.title = t('app.title')
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

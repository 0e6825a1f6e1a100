import type { HandlerMap } from '../context'
import { t } from '../../../shared/i18n'
import { buildEffectiveWorkbook, buildSchemeWorkbook } from '../../excel/write/scheme-export'
import { loadIndicators } from './scheme-queries'
import { loadEffective } from './scheme-effective'
import { findSchemeVersion } from './scheme-version'
import { exportFileName } from '../../excel/write/file-name'
import { loadUnitName } from '../report/report-queries'

export const schemeExportHandlers: HandlerMap<'scheme-export' | 'scheme-effective-export'> = {
  async 'scheme-export'(input, ctx) {
    const scheme = await findSchemeVersion(ctx.db, input.name, input.version)
    const unitName = await loadUnitName(ctx.db)
    const bytes = await buildSchemeWorkbook({ name: scheme.name, version: scheme.version, indicators: await loadIndicators(ctx.db, scheme.id) }, unitName)
    return { fileName: exportFileName({ unit: unitName, content: t('exportName.scheme', { name: scheme.name, version: scheme.version }) }), dataBase64: bytes.toString('base64') }
  },

  async 'scheme-effective-export'(input, ctx) {
    const effective = await loadEffective(ctx.db, input)
    const unitName = await loadUnitName(ctx.db)
    const bytes = await buildEffectiveWorkbook(effective, unitName)
    const content = t('exportName.effective', { name: effective.name, version: effective.version, target: effective.target })
    return { fileName: exportFileName({ unit: unitName, content }), dataBase64: bytes.toString('base64') }
  },
}

import type { HandlerMap } from '../context'
import { t } from '../../../shared/i18n'
import { buildEffectiveWorkbook, buildSchemeWorkbook } from '../../excel/write/scheme-export'
import { loadIndicators } from './scheme-queries'
import { loadEffective } from './scheme-effective'
import { findSchemeVersion } from './scheme-version'
import { fileSafe } from '../../excel/write/file-name'

export const schemeExportHandlers: HandlerMap<'scheme-export' | 'scheme-effective-export'> = {
  async 'scheme-export'(input, ctx) {
    const scheme = await findSchemeVersion(ctx.db, input.name, input.version)
    const bytes = await buildSchemeWorkbook({ name: scheme.name, version: scheme.version, indicators: await loadIndicators(ctx.db, scheme.id) })
    return { fileName: t('scheme.export.fileName', { name: fileSafe(scheme.name), version: scheme.version }), dataBase64: bytes.toString('base64') }
  },

  async 'scheme-effective-export'(input, ctx) {
    const effective = await loadEffective(ctx.db, input)
    const bytes = await buildEffectiveWorkbook(effective)
    const fileName = t('scheme.effective.fileName', { name: fileSafe(effective.name), version: effective.version, target: fileSafe(effective.target) })
    return { fileName, dataBase64: bytes.toString('base64') }
  },
}

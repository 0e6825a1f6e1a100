import { t, isMessageKey, type MessageKey } from '../../../shared/i18n'
import type { templateKinds } from '../../../shared/contract/report'
import { raterRoles, raterRoleSynonyms } from '../../../shared/domain/settings'
import { historyAnnualGrades, historyQuarterGrades, penaltyRecordTypes } from '../../../shared/contract/history'
import { ballotFields, calendarFields, historyFields, measureFields, okrFields, penaltyFields, rosterFields, satisfactionFields, schemeFields, ratingsLongFields, type FieldSpec } from '../fields'
import { createStreamingWorkbook } from './streaming-workbook'
import { writeTableSheet, type TableColumn, type TableSheet } from './table-sheet'

export type TemplateKind = (typeof templateKinds)[number]

const fieldsOf: Record<TemplateKind, FieldSpec[]> = {
  roster: rosterFields,
  scheme: schemeFields,
  ratings: ratingsLongFields,
  ballots: ballotFields,
  satisfaction: satisfactionFields,
  measures: measureFields,
  history: historyFields,
  penalties: penaltyFields,
  okr: okrFields,
  calendar: calendarFields,
}

const nameKey: Record<TemplateKind, MessageKey> = {
  roster: 'template.roster.name',
  scheme: 'template.scheme.name',
  ratings: 'template.ratings.name',
  ballots: 'template.ballots.name',
  satisfaction: 'template.satisfaction.name',
  measures: 'template.measures.name',
  history: 'template.history.name',
  penalties: 'template.penalties.name',
  okr: 'template.okr.name',
  calendar: 'template.calendar.name',
}

/**
 * Excel turns a typed 00123 into 123 unless the cell is text already; an 18-digit 身份证号 loses its
 * last digits as a number, a landline its leading 0
 */
const TEXT_FIELDS = new Set(['staffNo', 'idNumber', 'phone'])

/** A fixed stamp: the templates are committed files, and regenerating them should change nothing. */
const TEMPLATE_DATE = new Date('2025-01-01T00:00:00Z')

export function templateName(kind: TemplateKind): string {
  return t(nameKey[kind])
}

export function templateFileName(kind: TemplateKind): string {
  return t('template.fileName', { name: templateName(kind) })
}

/**
 * An empty import template: the header of the importer's field specs (required ones marked * and
 * red) under a title, and a second sheet explaining every column. No example row: it would be
 * imported as data.
 */
export async function buildTemplate(kind: TemplateKind): Promise<Buffer> {
  const fields = fieldsOf[kind]
  const name = templateName(kind)
  const guide = t('template.guide.sheet')
  const { workbook, finish } = createStreamingWorkbook({ created: TEMPLATE_DATE })

  const columns: TableColumn[] = fields.map((f) => ({
    header: f.required ? `${f.label}*` : f.label,
    kind: 'text',
    marked: f.required,
    width: { min: 10 },
  }))
  const entry: TableSheet = {
    name,
    title: t('template.title', { name, guide }),
    columns,
    rows: [],
    textColumns: fields.flatMap((f, i) => (TEXT_FIELDS.has(f.key) ? [i] : [])),
  }
  await writeTableSheet(workbook, entry)
  await writeTableSheet(workbook, guideSheet(kind, fields, name))
  return finish()
}

function guideSheet(kind: TemplateKind, fields: FieldSpec[], name: string): TableSheet {
  const general: string[] = [
    t('template.guide.general.rows', { sheet: name }),
    t('template.guide.general.title'),
    t('template.guide.general.headers'),
    ...(fields.some((f) => TEXT_FIELDS.has(f.key)) ? [t('template.guide.general.staffNo')] : []),
    t('template.guide.general.confirm'),
  ]
  return {
    name: t('template.guide.sheet'),
    title: t('template.guide.title', { name }),
    columns: [
      { header: t('template.guide.col.column'), kind: 'text' },
      { header: t('template.guide.col.required'), kind: 'text', align: 'center', width: { max: 24 } },
      { header: t('template.guide.col.synonyms'), kind: 'text', wrap: true, width: { max: 24 } },
      { header: t('template.guide.col.rule'), kind: 'text', wrap: true, width: { min: 30, max: 46 } },
      { header: t('template.guide.col.example'), kind: 'text', width: { max: 20 } },
    ],
    rows: fields.map((f) => [f.label, requiredText(f, fields), f.synonyms.join('、'), ruleText(kind, f), f.example ?? '']),
    notes: general.map((line, i) => `${i + 1}. ${line}`),
  }
}

function requiredText(f: FieldSpec, fields: FieldSpec[]): string {
  if (f.anyOf) {
    const others = fields.filter((o) => o.anyOf === f.anyOf && o !== f).map((o) => o.label)
    if (f.required) return t('template.guide.requiredAnyOf', { others: others.join('、') })
  }
  return t(f.required ? 'template.guide.required' : 'template.guide.optional')
}

function ruleText(kind: TemplateKind, f: FieldSpec): string {
  // the accepted role words come from the domain table the importer matches against
  if (kind === 'ratings' && f.key === 'role') {
    const synonyms = raterRoles.flatMap((r) => raterRoleSynonyms[r].filter((s) => s !== r))
    return t('template.rule.ratings.role', { roles: raterRoles.join(' / '), synonyms: synonyms.join('、') })
  }
  // the accepted words come from the lists the importer checks against, so the guide cannot drift
  if (kind === 'history' && f.key === 'annualGrade') return t('template.rule.history.annualGrade', { grades: historyAnnualGrades.join(' / ') })
  if (kind === 'history' && /^q[1-4]$/.test(f.key)) return t('template.rule.history.quarter', { grades: historyQuarterGrades.join(' / ') })
  if (kind === 'penalties' && f.key === 'type') return t('template.rule.penalties.type', { types: penaltyRecordTypes.join('、') })
  const key = `template.rule.${kind}.${f.key}`
  return isMessageKey(key) ? t(key) : ''
}

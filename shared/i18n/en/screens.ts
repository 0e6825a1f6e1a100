import type { screensMessages as zh } from '../zh-CN/screens'

export const screensMessages: Record<keyof typeof zh, string> = {
  'ui.columns.button': 'Columns ({shown}/{total})',
  'ui.columns.listLabel': 'Choose the columns to show',
}

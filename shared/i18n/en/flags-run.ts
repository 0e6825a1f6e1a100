import type { flagsRunMessages as zh } from '../zh-CN/flags-run'

export const flagsRunMessages: Record<keyof typeof zh, string> = {
  'method.flags-last-run': 'see when the ratings were cross-checked',
  'ui.flags.notRun': 'The ratings of this period have not been cross-checked yet: the check finds raters giving everyone the same score or full marks, scores far from the others, and self-ratings well above the others.',
  'ui.flags.notRunReader': 'The ratings of this period have not been cross-checked yet; assessment staff run the check.',
  'ui.flags.runFirst': 'Run the check',
  'ui.flags.lastRun': 'Last checked: {at} ({by})',
}

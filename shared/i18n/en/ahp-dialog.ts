import type { ahpDialogMessages as zh } from '../zh-CN/ahp-dialog'

export const ahpDialogMessages: Record<keyof typeof zh, string> = {
  'weights.ahp.unjudged': 'The comparison matrix for “{parent}” is still the all-1 start (everything equally important): nobody has entered a judgment, so no weight was changed. For equal weights, enter them under Direct entry.',
  'ui.weights.blockedAhpUnjudged': 'The matrix is still the all-1 start (everything equally important): enter the pairwise judgments first; for equal weights, use Direct entry.',
  'ui.weights.discardTitle': 'Discard the judgments entered?',
  'ui.weights.discardBody': 'The comparison matrix has judgments that have not been applied; closing loses them. Export the matrices first to keep them.',
  'ui.weights.discard': 'Discard and close',
  'ui.weights.keepEditing': 'Keep editing',
} as const

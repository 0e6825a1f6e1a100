/** 权重计算 dialog: the untouched AHP matrix refused, and closing with judgments not applied. */
export const ahpDialogMessages = {
  'weights.ahp.unjudged': '“{parent}”的判断矩阵仍是初始的全 1 矩阵（各项同等重要），没有人填写过判断，未修改任何权重。如确需等权，请在“直接输入”中填写。',
  'ui.weights.blockedAhpUnjudged': '判断矩阵还是初始的全 1（各项同等重要）：请先填写两两比较的判断；如确需等权，请在“直接输入”中填写。',
  'ui.weights.discardTitle': '放弃已填写的判断？',
  'ui.weights.discardBody': '判断矩阵已填写但尚未应用，关闭后这些判断将丢失。可先“导出矩阵”保存。',
  'ui.weights.discard': '放弃并关闭',
  'ui.weights.keepEditing': '继续填写',
} as const

/** Words of the screens' frame at 1366×768: the column chooser, and the next step an empty grid names. */
export const screensMessages = {
  'ui.columns.button': '显示列（{shown}/{total}）',
  'ui.columns.listLabel': '选择要显示的列',
}

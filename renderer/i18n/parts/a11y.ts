// Interface texts for accessibility (issue 13): what screen readers hear where the screen shows a symbol or a
// layout, and the keyboard shortcuts (merged into ../zh-CN.ts and ../en.ts).
export const a11yZh = {
  'a11y.skip': '跳到主要内容',
  'a11y.screen.inventory': '台账：{tab}',
  'a11y.actions': '操作',
  'a11y.choices': '可选项',
  'a11y.progress': '面积目标完成进度',
  'a11y.sortedAsc': '升序',
  'a11y.sortedDesc': '降序',
  'a11y.shortcut': '快捷键 {keys}',
  'a11y.chartKeys': '用左右方向键逐季查看数值',
} as const;

export const a11yEn: Record<keyof typeof a11yZh, string> = {
  'a11y.skip': 'Skip to main content',
  'a11y.screen.inventory': 'Inventory: {tab}',
  'a11y.actions': 'Actions',
  'a11y.choices': 'Choices',
  'a11y.progress': 'Progress towards the space target',
  'a11y.sortedAsc': 'ascending',
  'a11y.sortedDesc': 'descending',
  'a11y.shortcut': 'Shortcut {keys}',
  'a11y.chartKeys': 'use the Left and Right arrow keys to read each quarter',
};

// Interface texts added for issue 10 (one truth on every screen, the daily work in fewer steps), in both languages
// (merged into the catalogues in ../zh-CN.ts and ../en.ts).
export const usabilityZh = {
  'fig.dueMissed': '{date} 到期的 {target} 目标未完成：差 {gap}（当日已提供 {reached}）',
  'fig.dueMet': '{date} 到期的 {target} 目标已完成：超出 {gap}（当日已提供 {reached}）',
  'fig.afterDue': '截至 {asOf}：为该目标的 {pct}',
  'fig.firmsDueMissed': '{date} 到期的 {target} 家目标未完成：差 {gap} 家（当日 {reached} 家）',
  'fig.firmsDueMet': '{date} 到期的 {target} 家目标已完成（当日 {reached} 家）',
  'chart.due': '{date} 到期',
  'map.delivered': '{date} 交付',
  'map.toBeDelivered': '计划 {date} 交付',
  'map.noDeliveryDate': '未定交付日期',
} satisfies Record<string, string>;

export const usabilityEn: Record<keyof typeof usabilityZh, string> = {
  'fig.dueMissed': 'Target of {target} due {date}: missed by {gap} ({reached} provided that day)',
  'fig.dueMet': 'Target of {target} due {date}: met, {gap} above ({reached} provided that day)',
  'fig.afterDue': 'As of {asOf}: {pct} of that target',
  'fig.firmsDueMissed': 'Target of {target} due {date}: missed by {gap} ({reached} by that day)',
  'fig.firmsDueMet': 'Target of {target} due {date}: met ({reached} by that day)',
  'chart.due': 'Due {date}',
  'map.delivered': 'delivered {date}',
  'map.toBeDelivered': 'to be delivered {date}',
  'map.noDeliveryDate': 'no delivery date',
};

// Interface texts added for issue 10 (one truth on every screen, the daily work in fewer steps), in both languages
// (merged into the catalogues in ../zh-CN.ts and ../en.ts).
export const usabilityZh = {
  'fig.dueMissed': '{target} 的目标于 {date} 到期，未完成：当日已提供 {reached}，差 {gap}',
  'fig.dueMet': '{target} 的目标于 {date} 到期，已完成：当日已提供 {reached}，超出 {gap}',
  'fig.afterDue': '截至 {asOf}：为该目标的 {pct}',
  'fig.firmsDueMissed': '{target} 家的目标于 {date} 到期，未完成：当日新增 {reached} 家，差 {gap} 家',
  'fig.firmsDueMet': '{target} 家的目标于 {date} 到期，已完成：当日新增 {reached} 家',
  'chart.due': '{date} 到期',
  'map.delivered': '{date} 交付',
  'map.toBeDelivered': '计划 {date} 交付',
  'map.noDeliveryDate': '未定交付日期',
} satisfies Record<string, string>;

export const usabilityEn: Record<keyof typeof usabilityZh, string> = {
  'fig.dueMissed': 'The {target} target fell due on {date} and was missed: {reached} provided that day, {gap} short',
  'fig.dueMet': 'The {target} target fell due on {date} and was met: {reached} provided that day, {gap} above',
  'fig.afterDue': 'As of {asOf}: {pct} of that target',
  'fig.firmsDueMissed': 'The target of {target} fell due on {date} and was missed: {reached} by that day, {gap} short',
  'fig.firmsDueMet': 'The target of {target} fell due on {date} and was met: {reached} by that day',
  'chart.due': 'Due {date}',
  'map.delivered': 'delivered {date}',
  'map.toBeDelivered': 'to be delivered {date}',
  'map.noDeliveryDate': 'no delivery date',
};

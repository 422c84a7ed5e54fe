// Interface texts of the dashboard screen, in both languages (merged into the catalogues in ../zh-CN.ts and ../en.ts).
export const dashboardZh = {
  'dashboard.title': '总览',
} satisfies Record<string, string>;

export const dashboardEn: Record<keyof typeof dashboardZh, string> = {
  'dashboard.title': 'Dashboard',
};

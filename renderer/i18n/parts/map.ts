// Interface texts of the map screen, in both languages (merged into the catalogues in ../zh-CN.ts and ../en.ts).
export const mapZh = {
  'map.title': '地图',
} satisfies Record<string, string>;

export const mapEn: Record<keyof typeof mapZh, string> = {
  'map.title': 'Map',
};

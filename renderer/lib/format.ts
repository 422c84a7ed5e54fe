// Locale-aware formatting of numbers, areas and names. Pure (Intl only), so it is unit-tested.
import type { Locale } from '../../shared/enums';
import type { LocalName } from '../../shared/models';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, maxFraction: number): Intl.NumberFormat {
  const key = `${locale}|${maxFraction}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction });
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(value: number | null | undefined, locale: Locale, maxFraction = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(locale, maxFraction).format(value);
}

/** `1,234.5 m²` / `1,234.5 平方米` */
export function formatArea(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${numberFormat(locale, 1).format(value)} ${locale === 'zh-CN' ? '平方米' : 'm²'}`;
}

/** Dates stay ISO (YYYY-MM-DD) in both languages. */
export function formatDate(value: string | null | undefined): string {
  return value ? value : '—';
}

/** An ISO timestamp as `YYYY-MM-DD HH:MM:SS` in local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export function localName(name: LocalName | { nameZh: string; nameEn: string } | null | undefined, locale: Locale): string {
  if (!name) return '—';
  const zh = 'zh' in name ? name.zh : name.nameZh;
  const en = 'en' in name ? name.en : name.nameEn;
  return locale === 'zh-CN' ? zh || en : en || zh;
}

export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}

/** A floor number as people say it: 3 → "3F" / "3层", -1 → "B1" / "地下1层". */
export function formatFloor(floor: number, locale: Locale): string {
  if (locale === 'zh-CN') return floor < 0 ? `地下${-floor}层` : `${floor}层`;
  return floor < 0 ? `B${-floor}` : `${floor}F`;
}

/** History labels are stored bilingual, "新建楼宇 / Create building"; show the half in the interface language. */
export function localLabel(label: string | null, locale: Locale): string {
  if (!label) return '';
  const parts = label.split(' / ');
  if (parts.length !== 2) return label;
  return (locale === 'zh-CN' ? parts[0] : parts[1]) ?? label;
}

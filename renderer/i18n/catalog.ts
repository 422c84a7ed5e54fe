// The two catalogues and the plain lookups over them. No store and no React here: stores/ and features/ import
// the message types from this module, and only index.ts (useT) reads the language from stores/ui.
import type {
  BuildingStatus,
  DealStage,
  LeaseKind,
  Locale,
  ProspectSource,
  TargetMetric,
  TenantCategory,
  UnitUse,
  ZoneKind,
} from '../../shared/enums';
import { interpolate } from '../../shared/messages';
import { en } from './en';
import { zhCN } from './zh-CN';

export type MessageKey = keyof typeof zhCN;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return interpolate(CATALOGS[locale][key], params);
}

export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

/** A value of one of the closed vocabularies shown with a label (`enum.<value>`). */
export type EnumValue = ZoneKind | BuildingStatus | UnitUse | TenantCategory | LeaseKind | TargetMetric | DealStage | ProspectSource;

/** The label key of a closed-vocabulary value; a value without a label is a compile error. */
export function enumKey(value: EnumValue): MessageKey {
  return `enum.${value}`;
}

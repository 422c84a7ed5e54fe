// Interface texts in Simplified Chinese and English. Errors and field messages come from shared/messages.ts.
import { useCallback } from 'react';
import type { Locale } from '../../shared/enums';
import { interpolate } from '../../shared/messages';
import type { EnumValue } from '../features/inventory/config/types';
import { useUi } from '../stores/ui';
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

/** The label key of a closed-vocabulary value; a value without a label is a compile error. */
export function enumKey(value: EnumValue): MessageKey {
  return `enum.${value}`;
}

export function useT(): Translate {
  const locale = useUi((s) => s.locale);
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}

import { LOCALES, type Locale } from '../../shared/enums';
import { useT } from '../i18n';
import { useUi } from '../stores/ui';

const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

/** The interface language, switchable at any time and remembered. */
export function LanguageSwitch({ testId = 'language-switch' }: { testId?: string }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  return (
    <select
      data-testid={testId}
      aria-label={t('app.language')}
      value={locale}
      onChange={(e) => useUi.getState().setLocale(e.target.value as Locale)}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}

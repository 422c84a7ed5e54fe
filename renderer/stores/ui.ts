// Interface state: language, current route, open dialog and the transient notice.
import { create } from 'zustand';
import { LOCALES, type Locale } from '../../shared/enums';
import type { AppErrorShape } from '../../shared/errors';
import { DEFAULT_ROUTE, formatHash, parseHash, tokenFromHash, type Route } from '../lib/routes';
import type { MessageKey } from '../i18n/catalog';

const LOCALE_KEY = 'park-space-desk.locale';

export type Dialog = 'about' | 'backups' | null;

export type Notice = { kind: 'info'; key: MessageKey; params?: Record<string, string | number> } | { kind: 'error'; error: AppErrorShape };

interface UiState {
  locale: Locale;
  route: Route;
  /** Where the inventory was last left, so the header's link goes back there. */
  lastInventory: Route;
  dialog: Dialog;
  notice: (Notice & { seq: number }) | null;
  setLocale(locale: Locale): void;
  navigate(route: Route): void;
  syncRoute(): void;
  openDialog(dialog: Dialog): void;
  notify(notice: Notice): void;
  dismissNotice(): void;
}

function initialLocale(): Locale {
  const saved = window.localStorage.getItem(LOCALE_KEY);
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

function initialRoute(): Route {
  // A first web-mode load carries `#token=…`; the client keeps the token, the address bar gets a route.
  if (tokenFromHash(window.location.hash) !== null) {
    window.history.replaceState(null, '', formatHash(DEFAULT_ROUTE));
    return DEFAULT_ROUTE;
  }
  return parseHash(window.location.hash);
}

let noticeSeq = 0;

const firstRoute = initialRoute();

export const useUi = create<UiState>((set) => ({
  locale: initialLocale(),
  route: firstRoute,
  lastInventory: firstRoute.screen === 'inventory' ? firstRoute : DEFAULT_ROUTE,
  dialog: null,
  notice: null,
  setLocale(locale) {
    window.localStorage.setItem(LOCALE_KEY, locale);
    document.documentElement.lang = locale;
    set({ locale });
  },
  navigate(route) {
    const hash = formatHash(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    set(route.screen === 'inventory' ? { route, lastInventory: route } : { route });
  },
  syncRoute() {
    const route = parseHash(window.location.hash);
    set(route.screen === 'inventory' ? { route, lastInventory: route } : { route });
  },
  openDialog(dialog) {
    set({ dialog });
  },
  notify(notice) {
    noticeSeq += 1;
    set({ notice: { ...notice, seq: noticeSeq } });
  },
  dismissNotice() {
    set({ notice: null });
  },
}));

// Keyboard support shared by the screens (issue 13): the shortcuts named for this platform, and where the focus
// goes when a view opens.
import { useEffect, type RefObject } from 'react';
import { ariaShortcut, SHORTCUTS, shortcutLabel, type ShortcutAction } from '../lib/shortcuts';

export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** A control's shortcut: its label for the tooltip and its `aria-keyshortcuts` value. */
export function shortcutOf(action: ShortcutAction): { label: string; aria: string } {
  const s = SHORTCUTS[action];
  return { label: shortcutLabel(s, IS_MAC), aria: ariaShortcut(s, IS_MAC) };
}

let arriving = false;

/** The next view that opens takes the focus (it was asked for from the keyboard). */
export function focusNextView(): void {
  arriving = true;
}

/**
 * A view (a record, a form) takes the focus on its heading once it is shown, when it was asked for from the
 * keyboard or when the focus was lost with the view that opened it (a link or Save inside the view before);
 * otherwise the focus stays where the user is (e.g. moving through a list with the arrow keys). `whenLost` false:
 * only when asked for from the keyboard (a panel beside a map that keeps its own focus).
 */
export function useArrivalFocus(ref: RefObject<HTMLElement | null>, ready: boolean, key = '', whenLost = true): void {
  useEffect(() => {
    const el = ref.current;
    if (!ready || !el) return;
    const lost = whenLost && (document.activeElement === null || document.activeElement === document.body);
    if (arriving || lost) el.focus({ preventScroll: false });
    arriving = false;
  }, [ref, ready, key, whenLost]);
}

/** The attributes of the control a shortcut works (App.tsx finds it by `data-shortcut`). */
export function shortcutProps(action: ShortcutAction): { 'data-shortcut': ShortcutAction; 'aria-keyshortcuts': string } {
  return { 'data-shortcut': action, 'aria-keyshortcuts': shortcutOf(action).aria };
}

// The keyboard shortcuts of the frequent actions, in one table: the app's key handler matches them and the buttons'
// tooltips name them (issue 13). Matched by the physical key (`code`), so Alt+N works on any keyboard layout and on
// macOS, where Option+N types a character. Pure: no DOM, so it is unit-tested.

export type ShortcutAction =
  'go:dashboard' | 'go:inventory' | 'go:map' | 'go:survey' | 'go:pipeline' | 'new' | 'save' | 'search' | 'undo' | 'redo';

export interface Shortcut {
  /** `mod`: Ctrl, or ⌘ on macOS. Alt where the browser keeps Ctrl for itself (Ctrl+1…4 switch tabs, Ctrl+N opens a window). */
  mod: 'mod' | 'alt';
  shift?: boolean;
  /** KeyboardEvent.code */
  code: string;
}

export const SHORTCUTS: Record<ShortcutAction, Shortcut> = {
  'go:dashboard': { mod: 'alt', code: 'Digit1' },
  'go:inventory': { mod: 'alt', code: 'Digit2' },
  'go:map': { mod: 'alt', code: 'Digit3' },
  'go:survey': { mod: 'alt', code: 'Digit4' },
  'go:pipeline': { mod: 'alt', code: 'Digit5' },
  new: { mod: 'alt', code: 'KeyN' },
  save: { mod: 'mod', code: 'KeyS' },
  search: { mod: 'mod', code: 'KeyF' },
  undo: { mod: 'mod', code: 'KeyZ' },
  redo: { mod: 'mod', shift: true, code: 'KeyZ' },
};

export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const keyName = (code: string) => code.replace(/^(Key|Digit)/, '');

/** The shortcut as a person reads it: `Ctrl+S`, `Alt+1`, `Ctrl+Shift+Z`; on macOS `⌘S`, `⌥1`, `⇧⌘Z`. */
export function shortcutLabel(s: Shortcut, mac: boolean): string {
  if (mac) return `${s.shift ? '⇧' : ''}${s.mod === 'alt' ? '⌥' : '⌘'}${keyName(s.code)}`;
  return [s.mod === 'alt' ? 'Alt' : 'Ctrl', ...(s.shift ? ['Shift'] : []), keyName(s.code)].join('+');
}

/** The value of `aria-keyshortcuts`: `Control+S`, `Alt+1`, `Meta+Shift+Z`. */
export function ariaShortcut(s: Shortcut, mac: boolean): string {
  return [s.mod === 'alt' ? 'Alt' : mac ? 'Meta' : 'Control', ...(s.shift ? ['Shift'] : []), keyName(s.code)].join('+');
}

/** The action a key press asks for, or null. Ctrl and ⌘ both count as `mod`; Ctrl+Y also redoes (Windows' habit). */
export function matchShortcut(e: KeyPress): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && !e.shiftKey && e.code === 'KeyY') return 'redo';
  for (const [action, s] of Object.entries(SHORTCUTS) as [ShortcutAction, Shortcut][]) {
    const held = s.mod === 'alt' ? e.altKey && !e.ctrlKey && !e.metaKey : mod && !e.altKey;
    if (held && e.code === s.code && e.shiftKey === (s.shift ?? false)) return action;
  }
  return null;
}

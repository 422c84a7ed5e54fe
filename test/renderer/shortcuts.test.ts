import { describe, expect, it } from 'vitest';
import { ariaShortcut, matchShortcut, SHORTCUTS, shortcutLabel, type KeyPress } from '../../renderer/lib/shortcuts';

const press = (code: string, held: Partial<KeyPress> = {}): KeyPress => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...held,
});

describe('keyboard shortcuts', () => {
  it('names each shortcut as a person reads it and as aria-keyshortcuts wants it', () => {
    expect(shortcutLabel(SHORTCUTS.save, false)).toBe('Ctrl+S');
    expect(shortcutLabel(SHORTCUTS.redo, false)).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel(SHORTCUTS['go:map'], false)).toBe('Alt+3');
    expect(shortcutLabel(SHORTCUTS.save, true)).toBe('⌘S');
    expect(shortcutLabel(SHORTCUTS.redo, true)).toBe('⇧⌘Z');
    expect(shortcutLabel(SHORTCUTS.new, true)).toBe('⌥N');
    expect(ariaShortcut(SHORTCUTS.save, false)).toBe('Control+S');
    expect(ariaShortcut(SHORTCUTS.save, true)).toBe('Meta+S');
    expect(ariaShortcut(SHORTCUTS.redo, false)).toBe('Control+Shift+Z');
    expect(ariaShortcut(SHORTCUTS['go:dashboard'], true)).toBe('Alt+1');
  });

  it('matches the physical key with exactly its modifiers', () => {
    expect(matchShortcut(press('KeyS', { ctrlKey: true }))).toBe('save');
    expect(matchShortcut(press('KeyS', { metaKey: true }))).toBe('save');
    expect(matchShortcut(press('KeyS'))).toBeNull();
    expect(matchShortcut(press('KeyS', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(matchShortcut(press('KeyZ', { ctrlKey: true }))).toBe('undo');
    expect(matchShortcut(press('KeyZ', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(matchShortcut(press('KeyY', { ctrlKey: true }))).toBe('redo');
    expect(matchShortcut(press('KeyN', { altKey: true }))).toBe('new');
    expect(matchShortcut(press('KeyN', { ctrlKey: true }))).toBeNull();
    expect(matchShortcut(press('Digit2', { altKey: true }))).toBe('go:inventory');
    expect(matchShortcut(press('Digit4', { altKey: true }))).toBe('go:survey');
    expect(matchShortcut(press('Digit5', { altKey: true }))).toBe('go:pipeline');
    expect(matchShortcut(press('Digit6', { altKey: true }))).toBeNull();
    expect(matchShortcut(press('Digit1', { altKey: true, shiftKey: true }))).toBeNull();
    expect(matchShortcut(press('KeyF', { ctrlKey: true }))).toBe('search');
  });

  it('gives every action its own key combination', () => {
    const combos = Object.values(SHORTCUTS).map((s) => `${s.mod}${s.shift ? '+shift' : ''}+${s.code}`);
    expect(new Set(combos).size).toBe(combos.length);
  });
});

// A row or card that opens something when clicked opens it from the keyboard too: it takes the focus (Tab) and
// answers Enter and Space like a link (issue 13).
import type { KeyboardEvent } from 'react';

export function openable(open: () => void): { tabIndex: 0; onClick(): void; onKeyDown(e: KeyboardEvent): void } {
  return {
    tabIndex: 0,
    onClick: open,
    onKeyDown(e) {
      if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      open();
    },
  };
}

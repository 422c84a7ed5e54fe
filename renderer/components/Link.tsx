import type { ReactNode } from 'react';
import { formatHash, type Route } from '../lib/routes';
import { useUi } from '../stores/ui';

interface Props {
  route: Route;
  children: ReactNode;
  testId?: string;
  className?: string;
  title?: string;
  /** `aria-keyshortcuts`: the shortcut that does what this link does. */
  keys?: string;
  /** The link of the screen or tab on show (`aria-current="page"`). */
  current?: boolean;
}

/** An in-app link: a real href (so it can be opened and read) that navigates through the store. */
export function Link({ route, children, testId, className, title, keys, current }: Props) {
  const navigate = useUi((s) => s.navigate);
  return (
    <a
      href={formatHash(route)}
      className={className}
      data-testid={testId}
      title={title}
      aria-keyshortcuts={keys}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        navigate(route);
      }}
    >
      {children}
    </a>
  );
}

import type { ReactNode } from 'react';
import { formatHash, type Route } from '../lib/routes';
import { useUi } from '../stores/ui';

/** An in-app link: a real href (so it can be opened and read) that navigates through the store. */
export function Link({ route, children, testId, className }: { route: Route; children: ReactNode; testId?: string; className?: string }) {
  const navigate = useUi((s) => s.navigate);
  return (
    <a
      href={formatHash(route)}
      className={className}
      data-testid={testId}
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

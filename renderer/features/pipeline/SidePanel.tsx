// The panel beside the board or list: a deal or a prospect, with its kind, its name and a close button.
import type { ReactNode } from 'react';
import { useT } from '../../i18n';

export function SidePanel({
  testId,
  label,
  eyebrow,
  title,
  sub,
  onClose,
  children,
}: {
  testId: string;
  label: string;
  eyebrow: string;
  title: string;
  sub?: ReactNode;
  onClose(): void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <aside className="pipeline-side detail" data-testid={testId} aria-label={label}>
      <div className="detail-head">
        <div>
          <div className="eyebrow">{eyebrow}</div>
          <h2 data-testid={`${testId}-title`}>{title}</h2>
          {sub}
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t('deal.close')} data-testid={`${testId}-close`}>
          ×
        </button>
      </div>
      {children}
    </aside>
  );
}

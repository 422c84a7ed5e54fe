// The "i" beside a figure: hover or focus shows the rule the figure follows.
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n';

export function Info({ rule, testId }: { rule: MessageKey; testId?: string }) {
  const t = useT();
  const text = t(rule);
  return (
    <span className="info" tabIndex={0} role="note" aria-label={text} data-testid={testId ?? `info-${rule}`}>
      <span aria-hidden="true">i</span>
      <span className="info-tip" role="tooltip">
        {text}
      </span>
    </span>
  );
}

// A record's history from change_log: when, what, by which route (user, undo, sample…), and what changed.
import { useEffect, useState } from 'react';
import type { EntityName } from '../../../shared/enums';
import type { AppErrorShape } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';
import type { ChangeLogEntry } from '../../../shared/models';
import { hasKey, useT } from '../../i18n';
import { formatDateTime, localLabel } from '../../lib/format';
import { changedFieldsOf } from '../../lib/historyDiff';
import { useApp } from '../../stores/app';
import { useHistory } from '../../stores/history';
import { useUi } from '../../stores/ui';

export function HistoryPanel({ entity, id }: { entity: EntityName; id: string }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const dataVersion = useApp((s) => s.dataVersion);
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<ChangeLogEntry[] | { error: AppErrorShape } | null>(null);
  useEffect(() => {
    if (!open) return undefined;
    let live = true;
    void useHistory.getState().loadRecord(entity, id).then((r) => {
      if (live) setState('entries' in r ? r.entries : { error: r.error });
    });
    return () => {
      live = false;
    };
  }, [open, entity, id, dataVersion]);
  const label = (field: string) => {
    const key = `field.${field}`;
    return hasKey(key) ? t(key) : field;
  };
  return (
    <section className="related history" data-testid="history">
      <header className="related-head">
        <h3>
          <button type="button" className="link" data-testid="history-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? '▾' : '▸'} {t('history.title')}
          </button>
        </h3>
      </header>
      {open && state === null ? <div className="muted">{t('list.loading')}</div> : null}
      {open && state && 'error' in state ? <div className="banner error">{errorMessage(state.error, locale)}</div> : null}
      {open && Array.isArray(state) ? (
        state.length === 0 ? (
          <div className="muted">{t('history.none')}</div>
        ) : (
          <ol className="history-list">
            {[...state].reverse().map((e) => (
              <li key={e.seq} data-testid="history-entry">
                <div className="history-head">
                  <span className="time">{formatDateTime(e.at)}</span>
                  <span className={`badge action-${e.action}`}>{t(`history.action.${e.action}`)}</span>
                  <span className="badge">{t(`history.origin.${e.origin}`)}</span>
                  {e.label ? <span className="muted">{localLabel(e.label, locale)}</span> : null}
                </div>
                {e.action === 'update' ? (
                  <ul className="changes">
                    {changedFieldsOf(e).map((c) => (
                      <li key={c.field}>
                        <span className="field-name">{label(c.field)}</span>: <span className="before">{c.before}</span> → <span className="after">{c.after}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )
      ) : null}
    </section>
  );
}

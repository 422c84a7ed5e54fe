// A record's history from change_log: when, what, by which route (user, undo, sample…), and what changed.
import { useEffect, useState } from 'react';
import type { EntityName } from '../../../shared/enums';
import type { AppErrorShape } from '../../../shared/errors';
import { errorMessage } from '../../../shared/messages';
import type { ChangeLogEntry } from '../../../shared/models';
import { hasKey, useT } from '../../i18n';
import { CONFIGS } from './config';
import { fieldValue } from './fieldValue';
import { formatArea, formatDateTime, localLabel } from '../../lib/format';
import { changedFieldsOf, shapeChange, SHAPE_FIELDS, type FieldChange } from '../../lib/historyDiff';
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
    void useHistory
      .getState()
      .loadRecord(entity, id)
      .then((r) => {
        if (live) setState('entries' in r ? r.entries : { error: r.error });
      });
    return () => {
      live = false;
    };
  }, [open, entity, id, dataVersion]);
  // Words as the record's form has them: its field labels, enum values, yes/no, areas with units (issue 10, item 10).
  const specs = new Map(CONFIGS[entity].fields.map((f) => [f.name, f]));
  const label = (field: string) => {
    const spec = specs.get(field);
    if (spec) return t(spec.label);
    const key = `field.${field}`;
    return hasKey(key) ? t(key) : field;
  };
  const value = (field: string, v: unknown) => {
    const spec = specs.get(field);
    return spec ? fieldValue(spec, v, locale, t) : v === null || v === undefined || v === '' ? '—' : String(v);
  };
  const change = (c: FieldChange) => {
    if (SHAPE_FIELDS.has(c.field)) {
      const s = shapeChange(c.before, c.after);
      return (
        <li key={c.field} data-testid="history-change">
          {t(`history.shape.${s.kind}`, { before: formatArea(s.beforeM2, locale), after: formatArea(s.afterM2, locale) })}
        </li>
      );
    }
    return (
      <li key={c.field} data-testid="history-change">
        <span className="field-name">{label(c.field)}</span>: <span className="before">{value(c.field, c.before)}</span> →{' '}
        <span className="after">{value(c.field, c.after)}</span>
      </li>
    );
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
                {e.action === 'update' ? <ul className="changes">{changedFieldsOf(e).map(change)}</ul> : null}
              </li>
            ))}
          </ol>
        )
      ) : null}
    </section>
  );
}

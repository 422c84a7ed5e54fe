// Delete with a confirmation that first asks what goes with the record, or refuses naming what blocks it.
import { useEffect, useState } from 'react';
import type { DeletePlan } from '../../../shared/contract';
import type { EntityName } from '../../../shared/enums';
import type { AppErrorShape } from '../../../shared/errors';
import { countsText, errorMessage } from '../../../shared/messages';
import { deleteRecord, dependentsOf } from '../../api/entities';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n';
import { routes, tabOfEntity } from '../../lib/routes';
import { useApp } from '../../stores/app';
import type { AnyRow } from '../../stores/inventory';
import { useUi } from '../../stores/ui';
import { rowLabel } from './labels';

function counts(c: DeletePlan['cascade']): Record<string, number> {
  return Object.fromEntries(Object.entries(c).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0));
}

export function DeleteDialog({ entity, row, onClose }: { entity: EntityName; row: AnyRow; onClose(): void }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const [plan, setPlan] = useState<DeletePlan | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void dependentsOf(entity, row.id).then((r) => {
      if (!live) return;
      if (r.ok) setPlan(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [entity, row.id]);

  const blocking = plan ? counts(plan.blocking) : {};
  const cascade = plan ? counts(plan.cascade) : {};
  const blocked = Object.keys(blocking).length > 0;
  const name = rowLabel(entity, row, locale);

  const confirm = async () => {
    setBusy(true);
    const r = await deleteRecord(entity, row.id, row.version);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    onClose();
    useApp.getState().dataChanged();
    useUi.getState().notify({ kind: 'info', key: 'notice.deleted', params: { name } });
    useUi.getState().navigate(routes.list(tabOfEntity(entity)));
  };

  return (
    <Modal
      title={t('delete.title', { name })}
      onClose={onClose}
      testId="delete-dialog"
      footer={
        <>
          <button type="button" data-testid="cancel-delete" onClick={onClose}>
            {t(blocked ? 'action.close' : 'action.cancel')}
          </button>
          {plan && !blocked ? (
            <button type="button" className="danger" data-testid="confirm-delete" disabled={busy} onClick={() => void confirm()}>
              {t('action.delete')}
            </button>
          ) : null}
        </>
      }
    >
      {!plan && !error ? <p className="muted">{t('list.loading')}</p> : null}
      {error ? (
        <p className="banner error" data-testid="delete-error">
          {errorMessage(error, locale)}
        </p>
      ) : null}
      {plan && blocked ? <p data-testid="delete-blocked">{t('delete.blocked', { counts: countsText(blocking, locale) })}</p> : null}
      {plan && !blocked ? (
        <p data-testid="delete-cascade">
          {Object.keys(cascade).length ? t('delete.cascade', { counts: countsText(cascade, locale) }) : t('delete.alone')}
        </p>
      ) : null}
      {plan && !blocked ? <p className="muted">{t('delete.undoHint')}</p> : null}
    </Modal>
  );
}

// Create and edit forms. What the user typed stays on error; each field shows its own localised message.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EntityName } from '../../../shared/enums';
import type { RowMap } from '../../../shared/models';
import type { AppErrorShape, FieldError } from '../../../shared/errors';
import { errorMessage, fieldMessage } from '../../../shared/messages';
import { createRecord, updateRecord } from '../../api/entities';
import { shortcutOf, shortcutProps, useArrivalFocus } from '../../components/keyboard';
import { hasKey, useT, type MessageKey } from '../../i18n';
import { changedFields, fromRecord, toDraft, withPrefill, type FormValues } from '../../lib/formValues';
import { routes, tabOfEntity } from '../../lib/routes';
import { useApp, useCanWrite } from '../../stores/app';
import type { AnyRow } from '../../stores/inventory';
import { useUi } from '../../stores/ui';
import { CONFIGS } from './config';
import { FormField } from './FormField';
import { rowLabel } from './labels';
import { MapLink } from './DetailPanel';
import { useRecord } from './useRecord';

export function CreateForm({ entity, prefill }: { entity: EntityName; prefill: Record<string, string> }) {
  const config = CONFIGS[entity];
  return (
    <RecordForm
      key={JSON.stringify(prefill)}
      entity={entity}
      initial={withPrefill(config.fields, config.defaults, prefill)}
      record={null}
    />
  );
}

export function EditForm({ entity, id }: { entity: EntityName; id: string }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const record = useRecord(entity, id);
  const [loaded, setLoaded] = useState<AnyRow | null>(null);
  const [reloading, setReloading] = useState(false);
  useEffect(() => {
    // Take the record once; later refreshes must not overwrite what the user is typing (unless asked to).
    if (record.status !== 'ok') return;
    const row = record.row;
    if (loaded === null || loaded.id !== row.id || (reloading && loaded.version !== row.version)) {
      setLoaded(row);
      setReloading(false);
    }
  }, [record, loaded, reloading]);
  if (record.status === 'error')
    return (
      <section className="detail">
        <div className="banner error">{errorMessage(record.error, locale)}</div>
      </section>
    );
  if (!loaded || loaded.id !== id) return <section className="detail muted">{t('list.loading')}</section>;
  const values = fromRecord(CONFIGS[entity].fields, loaded as unknown as Record<string, unknown>);
  const reload = () => {
    // Someone changed the record meanwhile: drop the edits and show the current version.
    setReloading(true);
    useApp.getState().dataChanged();
  };
  return <RecordForm key={`${loaded.id}:${loaded.version}`} entity={entity} initial={values} record={loaded} onReload={reload} />;
}

function RecordForm({
  entity,
  initial,
  record,
  onReload,
}: {
  entity: EntityName;
  initial: FormValues;
  record: AnyRow | null;
  onReload?: () => void;
}) {
  const t = useT();
  const canWrite = useCanWrite();
  const locale = useUi((s) => s.locale);
  const navigate = useUi((s) => s.navigate);
  const config = CONFIGS[entity];
  const tab = tabOfEntity(entity);
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<AppErrorShape | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(heading, true);

  // A field's message goes as soon as that field is changed (issue 10, item 7); the others stay until the next save.
  const set = (name: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [name]: value }));
    const rest = errors.filter((e) => e.field !== name);
    if (rest.length === errors.length) return;
    setErrors(rest);
    if (rest.length === 0 && failure?.code === 'validation') setFailure(null);
  };
  const known = new Set(config.fields.map((f) => f.name));
  const errorsFor = (name: string) => errors.filter((e) => e.field === name);
  const general = errors.filter((e) => !known.has(e.field));

  const submit = async (e: FormEvent, again = false) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const raw = record as unknown as Record<string, unknown> | null;
    let result;
    if (record && raw) {
      const changes = changedFields(config.fields, values, raw);
      if (Object.keys(changes).length === 0) {
        setSaving(false);
        navigate(routes.detail(tab, record.id));
        return;
      }
      result = await updateRecord(entity, record.id, record.version, changes);
    } else {
      result = await createRecord(entity, toDraft(config.fields, values, config.createConstants));
    }
    setSaving(false);
    if (result.ok) {
      setErrors([]);
      setFailure(null);
      useApp.getState().dataChanged();
      useUi.getState().notify({ kind: 'info', key: record ? 'notice.saved' : 'notice.created' });
      if (again) {
        // A fresh form that keeps what the next record shares with this one (`n` makes it a new form).
        const kept = Object.fromEntries((config.keepForNext ?? []).map((k) => [k, String(values[k] ?? '')]));
        navigate(routes.create(tab, { ...kept, n: String(Date.now()) }));
      } else if (!record && entity === 'building') {
        // A new building: offer to generate its floors and units next (issue 10, item 5).
        navigate(routes.generate(result.value.id));
      } else {
        navigate(routes.detail(tab, result.value.id));
      }
      return;
    }
    setFailure(result.error);
    setErrors(result.error.details?.fields ?? []);
  };

  const headline = failure ? errorMessage({ ...failure, details: { ...failure.details, fields: undefined } }, locale) : null;

  return (
    <section className="detail" data-testid="record-form">
      <header className="detail-head">
        <div>
          <div className="eyebrow">{t(`entity.${entity}`)}</div>
          <h2 ref={heading} tabIndex={-1}>
            {record ? t('form.editTitle', { name: rowLabel(entity, record, locale) }) : t(`new.${entity}`)}
          </h2>
        </div>
        {record && entity === 'building' ? (
          <div className="actions">
            <MapLink building={record as RowMap['building']} />
          </div>
        ) : null}
      </header>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {failure ? (
          <div className="banner error" role="alert" data-testid="form-error">
            <div>{headline}</div>
            {failure.code === 'conflict' && onReload ? (
              <button type="button" className="small" data-testid="reload-record" onClick={onReload}>
                {t('form.reload')}
              </button>
            ) : null}
            {general.map((g, i) => (
              <div key={i} data-testid={`error-${g.field || 'record'}`}>
                {g.field ? `${hasKey(`field.${g.field}`) ? t(`field.${g.field}` as MessageKey) : g.field}: ` : ''}
                {fieldMessage(g, locale)}
              </div>
            ))}
          </div>
        ) : null}
        <div className="form-grid">
          {config.fields.map((f) => (
            <FormField key={f.name} spec={f} values={values} errors={errorsFor(f.name)} onChange={set} />
          ))}
        </div>
        <div className="form-actions">
          <button
            type="submit"
            className="primary"
            data-testid="save"
            disabled={saving || !canWrite}
            title={canWrite ? t('a11y.shortcut', { keys: shortcutOf('save').label }) : t('access.readOnlyHint')}
            {...shortcutProps('save')}
          >
            {saving ? t('form.saving') : t('action.save')}
          </button>
          {!record && config.keepForNext ? (
            <button type="button" data-testid="save-and-new" disabled={saving || !canWrite} onClick={(e) => void submit(e, true)}>
              {t('action.saveAndNew')}
            </button>
          ) : null}
          <button type="button" data-testid="cancel" onClick={() => navigate(record ? routes.detail(tab, record.id) : routes.list(tab))}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

// One field of a record form: its control by kind (checkbox, select, picker or text), its hint and its own messages,
// and the chosen building's floors beside the floor field.
import type { RowMap } from '../../../shared/models';
import { floorRangeText } from '../../../shared/rules/buildings';
import type { FieldError } from '../../../shared/errors';
import { fieldMessage } from '../../../shared/messages';
import { Picker } from '../../components/Picker';
import { useRefRow } from '../../components/RefLink';
import { enumKey, useT } from '../../i18n';
import type { FormValues } from '../../lib/formValues';
import { useUi } from '../../stores/ui';
import type { FieldSpec } from './config';

export function FormField({
  spec,
  values,
  errors,
  onChange,
}: {
  spec: FieldSpec;
  values: FormValues;
  errors: FieldError[];
  onChange(name: string, value: string | boolean): void;
}) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const value = values[spec.name];
  const invalid = errors.length > 0;
  const id = `field-${spec.name}`;
  // The hint and the errors are read with the field (issue 13).
  const hinted = spec.hint && !invalid;
  const describedBy = [hinted ? `${id}-hint` : '', ...errors.map((_, i) => `${id}-error-${i}`)].filter(Boolean).join(' ') || undefined;
  let control;
  if (spec.kind === 'bool') {
    control = (
      <input
        id={id}
        type="checkbox"
        data-testid={id}
        aria-describedby={describedBy}
        checked={value === true}
        onChange={(e) => onChange(spec.name, e.target.checked)}
      />
    );
  } else if (spec.kind === 'enum') {
    control = (
      <select
        id={id}
        data-testid={id}
        value={String(value ?? '')}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(spec.name, e.target.value)}
      >
        {spec.nullable ? <option value="">{spec.emptyLabel ? t(spec.emptyLabel) : '—'}</option> : null}
        {(spec.options ?? []).map((o) => (
          <option key={o} value={o}>
            {t(enumKey(o))}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'ref' && spec.ref) {
    control = (
      <Picker
        name={spec.name}
        entity={spec.ref}
        value={typeof value === 'string' ? value : ''}
        onChange={(v) => onChange(spec.name, v)}
        query={spec.refQuery?.(values)}
        nullable={spec.nullable}
        invalid={invalid}
        describedBy={describedBy}
        describe={spec.pickDetail ? (row) => spec.pickDetail?.(row, { locale, t }) ?? '' : undefined}
        onPick={
          spec.pickFill
            ? (row) => {
                for (const [k, v] of Object.entries(spec.pickFill?.(row, values) ?? {})) onChange(k, v);
              }
            : undefined
        }
      />
    );
  } else {
    const numeric = spec.kind === 'number' || spec.kind === 'integer';
    control = (
      <input
        id={id}
        data-testid={id}
        type="text"
        inputMode={numeric ? 'decimal' : undefined}
        placeholder={spec.kind === 'date' ? 'YYYY-MM-DD' : spec.area ? (locale === 'zh-CN' ? '平方米' : 'm²') : undefined}
        value={typeof value === 'string' ? value : ''}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(spec.name, e.target.value)}
      />
    );
  }
  return (
    <div className={`form-field${spec.kind === 'bool' ? ' check' : ''}${spec.wide ? ' wide' : ''}${invalid ? ' invalid' : ''}`}>
      <label htmlFor={id}>{t(spec.label)}</label>
      {control}
      {hinted && spec.hint ? (
        <div className="hint" id={`${id}-hint`}>
          {t(spec.hint)}
        </div>
      ) : null}
      {spec.name === 'floor' && typeof values.buildingId === 'string' && values.buildingId ? (
        <FloorRange buildingId={values.buildingId} />
      ) : null}
      {errors.map((e, i) => (
        <div key={i} className="field-error" id={`${id}-error-${i}`} data-testid={`error-${spec.name}`}>
          {fieldMessage(e, locale)}
        </div>
      ))}
    </div>
  );
}

/** The floors the chosen building has, next to the floor field. */
function FloorRange({ buildingId }: { buildingId: string }) {
  const t = useT();
  const row = useRefRow('building', buildingId);
  if (!row) return null;
  const range = floorRangeText(row as RowMap['building']);
  return (
    <div className="hint" data-testid="floor-range">
      {t('hint.floorRange', { range })}
    </div>
  );
}

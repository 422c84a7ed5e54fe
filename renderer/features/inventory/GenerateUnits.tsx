// A building's floors and units in one step (issue 10, item 5): floors from–to, units per floor, a label pattern,
// one area or one per position, with a preview planned by the same function the server writes with
// (shared/rules/unit-plan.ts). One save is one undo step.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { UNIT_USES } from '../../../shared/enums';
import type { AppErrorShape, FieldError } from '../../../shared/errors';
import { errorMessage, fieldMessage } from '../../../shared/messages';
import type { RowMap } from '../../../shared/models';
import { floorRangeText } from '../../../shared/rules/buildings';
import { planProblems, planUnits, type UnitPlanSpec } from '../../../shared/rules/unit-plan';
import { invoke } from '../../api/client';
import { shortcutOf, shortcutProps, useArrivalFocus } from '../../components/keyboard';
import { enumKey, useT, type MessageKey } from '../../i18n';
import { formatArea, formatFloor, formatNumber, localName } from '../../lib/format';
import { routes } from '../../lib/routes';
import { useApp, useCanWrite } from '../../stores/app';
import { useUi } from '../../stores/ui';
import { useRecord } from './useRecord';

const PREVIEW_FLOORS = 8;

interface Values {
  floorFrom: string;
  floorTo: string;
  perFloor: string;
  pattern: string;
  areas: string;
  use: UnitPlanSpec['use'];
  countsTowardTarget: boolean;
}

/** The form's text as the spec (a token that is not a number goes as text, so the server names it). */
function toSpec(v: Values): Record<string, unknown> {
  const num = (s: string) => (/^[+-]?\d+(\.\d+)?$/.test(s.trim()) ? Number(s.trim()) : s.trim());
  return {
    floorFrom: num(v.floorFrom),
    floorTo: num(v.floorTo),
    perFloor: num(v.perFloor),
    pattern: v.pattern,
    areas: v.areas
      .split(/[,，;；\s]+/)
      .filter(Boolean)
      .map(num),
    use: v.use,
    countsTowardTarget: v.countsTowardTarget,
  };
}

/** The spec when every value is a number where one is needed (for the preview), else null. */
function plannable(spec: Record<string, unknown>): UnitPlanSpec | null {
  const ints = [spec.floorFrom, spec.floorTo, spec.perFloor].every((n) => typeof n === 'number' && Number.isInteger(n));
  const areas = spec.areas as unknown[];
  if (!ints || areas.length === 0 || !areas.every((a) => typeof a === 'number' && a > 0) || !spec.pattern) return null;
  return spec as unknown as UnitPlanSpec;
}

export function GenerateUnits({ buildingId }: { buildingId: string }) {
  const record = useRecord('building', buildingId);
  const t = useT();
  if (record.status === 'loading') return <section className="detail muted">{t('list.loading')}</section>;
  if (record.status === 'error')
    return (
      <section className="detail">
        <div className="banner error">{errorMessage(record.error, useUi.getState().locale)}</div>
      </section>
    );
  return <GenerateForm building={record.row as RowMap['building']} />;
}

function GenerateForm({ building }: { building: RowMap['building'] }) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const navigate = useUi((s) => s.navigate);
  const canWrite = useCanWrite();
  const [values, setValues] = useState<Values>({
    floorFrom: '1',
    floorTo: String(Math.max(1, building.floorsAbove)),
    perFloor: '4',
    pattern: '{floor}{nn}',
    areas: '',
    use: 'office',
    countsTowardTarget: true,
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<AppErrorShape | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(heading, true);
  const spec = toSpec(values);
  const plan = plannable(spec);
  const localProblems = plan ? planProblems(plan) : [];
  const units = plan && localProblems.length === 0 ? planUnits(plan) : [];
  const top = Math.max(building.floorsAbove, ...units.map((u) => u.floor));
  const bottom = Math.max(building.floorsBelow, ...units.map((u) => -u.floor));
  const grows = units.length > 0 && (top !== building.floorsAbove || bottom !== building.floorsBelow);
  const byFloor = new Map<number, typeof units>();
  for (const u of units) byFloor.set(u.floor, [...(byFloor.get(u.floor) ?? []), u]);
  const floors = [...byFloor.keys()].sort((a, b) => b - a);

  const set = <K extends keyof Values>(name: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((list) => list.filter((e) => e.field !== name || e.params?.unit !== undefined));
  };
  const fieldErrors = (name: string) => [...errors, ...localProblems].filter((e) => e.field === name && e.params?.unit === undefined);
  const unitErrors = errors.filter((e) => e.params?.unit !== undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await invoke('units:generate', { buildingId: building.id, ...spec } as never);
    setSaving(false);
    if (result.ok) {
      useApp.getState().dataChanged();
      useUi.getState().notify({ kind: 'info', key: 'generate.done', params: { count: result.value.created } });
      navigate(routes.detail('buildings', building.id));
      return;
    }
    setFailure(result.error);
    setErrors(result.error.details?.fields ?? []);
  };

  const field = (name: keyof Values, label: MessageKey, control: ReactNode, hint?: MessageKey) => {
    const problems = fieldErrors(name);
    return (
      <div className={`form-field${problems.length ? ' invalid' : ''}${name === 'pattern' || name === 'areas' ? ' wide' : ''}`}>
        <label htmlFor={`gen-${name}`}>{t(label)}</label>
        {control}
        {hint && !problems.length ? <div className="hint">{t(hint)}</div> : null}
        {problems.map((p, i) => (
          <div key={i} className="field-error" data-testid={`gen-error-${name}`}>
            {fieldMessage(p, locale)}
          </div>
        ))}
      </div>
    );
  };
  const text = (name: Exclude<keyof Values, 'use' | 'countsTowardTarget'>, numeric = false) => (
    <input
      id={`gen-${name}`}
      data-testid={`gen-${name}`}
      type="text"
      inputMode={numeric ? 'decimal' : undefined}
      value={values[name]}
      aria-invalid={fieldErrors(name).length > 0 || undefined}
      onChange={(e) => set(name, e.target.value)}
    />
  );

  return (
    <section className="detail" data-testid="generate-units" data-building={building.id}>
      <header className="detail-head">
        <div>
          <div className="eyebrow">{localName(building, locale)}</div>
          <h2 ref={heading} tabIndex={-1}>
            {t('generate.title')}
          </h2>
          <p className="muted">{t('generate.intro')}</p>
        </div>
      </header>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {failure && failure.code !== 'validation' ? (
          <div className="banner error" role="alert">
            {errorMessage(failure, locale)}
          </div>
        ) : null}
        <div className="form-grid">
          {field('floorFrom', 'generate.floorFrom', text('floorFrom', true))}
          {field('floorTo', 'generate.floorTo', text('floorTo', true), 'hint.floor')}
          {field('perFloor', 'generate.perFloor', text('perFloor', true))}
          {field(
            'use',
            'field.use',
            <select id="gen-use" data-testid="gen-use" value={values.use} onChange={(e) => set('use', e.target.value as Values['use'])}>
              {UNIT_USES.map((u) => (
                <option key={u} value={u}>
                  {t(enumKey(u))}
                </option>
              ))}
            </select>,
          )}
          {field('pattern', 'generate.pattern', text('pattern'), 'generate.patternHint')}
          {field('areas', 'generate.areas', text('areas', true), 'generate.areasHint')}
          <div className="form-field check">
            <label htmlFor="gen-counts">{t('field.countsTowardTarget')}</label>
            <input
              id="gen-counts"
              type="checkbox"
              checked={values.countsTowardTarget}
              onChange={(e) => set('countsTowardTarget', e.target.checked)}
            />
          </div>
        </div>
        {unitErrors.length ? (
          <div className="banner error" role="alert" data-testid="gen-unit-errors">
            {unitErrors.map((p, i) => (
              <div key={i}>
                {t('generate.unitProblem', { unit: String(p.params?.unit) })} · {t(`field.${p.field}` as MessageKey)}:{' '}
                {fieldMessage(p, locale)}
              </div>
            ))}
          </div>
        ) : null}
        <h3>{t('generate.preview')}</h3>
        {units.length ? (
          <div className="generate-preview" data-testid="gen-preview" data-count={units.length}>
            <p>
              <strong data-testid="gen-summary">
                {t('generate.summary', {
                  count: formatNumber(units.length, locale),
                  area: formatArea(
                    units.reduce((s, u) => s + u.areaM2, 0),
                    locale,
                  ),
                })}
              </strong>
              {grows ? (
                <span className="warning" data-testid="gen-floors-grow">
                  {' '}
                  · {t('generate.floorsGrow', { range: floorRangeText({ floorsAbove: top, floorsBelow: bottom }) })}
                </span>
              ) : null}
            </p>
            <div className="mini-table">
              {floors.slice(0, PREVIEW_FLOORS).map((f) => (
                <div key={f} className="row gen-floor" data-testid="gen-floor" data-floor={f}>
                  <span className="td">{formatFloor(f, locale)}</span>
                  <span className="td">
                    {(byFloor.get(f) ?? []).map((u) => `${u.label} (${formatArea(u.areaM2, locale)})`).join(' · ')}
                  </span>
                </div>
              ))}
              {floors.length > PREVIEW_FLOORS ? (
                <div className="muted gen-more">{t('generate.moreFloors', { count: floors.length - PREVIEW_FLOORS })}</div>
              ) : null}
            </div>
          </div>
        ) : (
          <p className="muted">—</p>
        )}
        <div className="form-actions">
          <button
            type="submit"
            className="primary"
            data-testid="gen-save"
            disabled={saving || !canWrite || units.length === 0}
            title={canWrite ? t('a11y.shortcut', { keys: shortcutOf('save').label }) : t('access.readOnlyHint')}
            {...shortcutProps('save')}
          >
            {saving ? t('form.saving') : t('generate.save', { count: formatNumber(units.length, locale) })}
          </button>
          <button type="button" data-testid="gen-skip" onClick={() => navigate(routes.detail('buildings', building.id))}>
            {t('generate.skip')}
          </button>
        </div>
      </form>
    </section>
  );
}

// A foreign-key picker: type to search the entity's list channel, pick one of the first matches.
import { useEffect, useRef, useState } from 'react';
import type { EntityName } from '../../shared/enums';
import { listRows } from '../api/entities';
import { rowLabel } from '../features/inventory/labels';
import { useT } from '../i18n';
import type { AnyRow } from '../stores/inventory';
import { useUi } from '../stores/ui';
import { useRefLabel } from './RefLink';

interface Props {
  name: string;
  entity: EntityName;
  value: string;
  onChange(id: string): void;
  query?: Record<string, string>;
  nullable?: boolean;
  invalid?: boolean;
  /** Ids of the field's hint and errors. */
  describedBy?: string;
  /** A second line under each option. */
  describe?: (row: AnyRow) => string;
  /** Called with the whole row when an option is picked (after onChange). */
  onPick?: (row: AnyRow) => void;
}

export function Picker({ name, entity, value, onChange, query, nullable, invalid, describedBy, describe, onPick }: Props) {
  const t = useT();
  const locale = useUi((s) => s.locale);
  const label = useRefLabel(entity, value || null);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [options, setOptions] = useState<AnyRow[]>([]);
  const [active, setActive] = useState(0);
  const queryKey = JSON.stringify(query ?? {});
  const seq = useRef(0);

  useEffect(() => {
    if (!open) return undefined;
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      void listRows(entity, { ...(JSON.parse(queryKey) as Record<string, string>), search: text.trim() || undefined, limit: 20 }).then(
        (r) => {
          if (mine !== seq.current) return;
          setOptions(r.ok ? r.value.rows : []);
          setActive(0);
        },
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [open, text, entity, queryKey]);

  // The option chosen by the arrow keys stays in view.
  useEffect(() => {
    if (open) document.getElementById(`option-${name}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, name, active]);

  const choose = (row: AnyRow) => {
    onChange(row.id);
    onPick?.(row);
    setOpen(false);
    setText('');
  };

  return (
    <div className={`picker${invalid ? ' invalid' : ''}`}>
      <input
        id={`field-${name}`}
        data-testid={`field-${name}`}
        data-value={value}
        value={open ? text : (label ?? '')}
        placeholder={t('picker.search')}
        autoComplete="off"
        role="combobox"
        aria-expanded={open}
        aria-controls={open ? `options-${name}` : undefined}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `option-${name}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onFocus={() => {
          setText('');
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') {
            e.preventDefault();
            const row = options[active];
            if (row) choose(row);
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {nullable && value && !open ? (
        <button type="button" className="picker-clear" title={t('picker.clear')} data-testid={`clear-${name}`} onClick={() => onChange('')}>
          ×
        </button>
      ) : null}
      {open ? (
        // The list keeps the focus in the field (a press on its scroll bar would otherwise close it).
        <ul
          className="picker-options"
          id={`options-${name}`}
          data-testid={`options-${name}`}
          role="listbox"
          aria-label={t('a11y.choices')}
          tabIndex={-1}
          onMouseDown={(e) => e.preventDefault()}
        >
          {options.length === 0 ? (
            <li className="muted" role="option" aria-selected={false} aria-disabled="true">
              {t('picker.none')}
            </li>
          ) : null}
          {options.map((row, i) => (
            <li
              key={row.id}
              id={`option-${name}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              data-testid="picker-option"
              onMouseDown={(e) => {
                e.preventDefault();
                choose(row);
              }}
            >
              {rowLabel(entity, row, locale)}
              {describe ? (
                <div className="picker-detail muted" data-testid="picker-detail">
                  {describe(row)}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

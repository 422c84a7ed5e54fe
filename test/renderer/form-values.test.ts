import { describe, expect, it } from 'vitest';
import { changedFields, fromRecord, toDraft, toValue, withPrefill, type FieldShape } from '../../renderer/lib/formValues';

const fields: FieldShape[] = [
  { name: 'label', kind: 'text' },
  { name: 'areaM2', kind: 'number' },
  { name: 'floor', kind: 'integer' },
  { name: 'declared', kind: 'number', nullable: true },
  { name: 'deliveryDate', kind: 'date', nullable: true },
  { name: 'parkId', kind: 'ref', nullable: true },
  { name: 'buildingId', kind: 'ref' },
  { name: 'outOfService', kind: 'bool' },
];

describe('form values', () => {
  it('converts what was typed into draft values', () => {
    expect(toValue({ name: 'a', kind: 'number' }, ' 1,234.5 ')).toBe(1234.5);
    expect(toValue({ name: 'a', kind: 'number' }, '-5')).toBe(-5);
    expect(toValue({ name: 'a', kind: 'number' }, 'abc')).toBe('abc'); // the server says "not a number"
    expect(toValue({ name: 'a', kind: 'number' }, '')).toBeUndefined(); // omitted: the server says "required"
    expect(toValue({ name: 'a', kind: 'number', nullable: true }, '')).toBeNull();
    expect(toValue({ name: 'a', kind: 'date', nullable: true }, '')).toBeNull();
    expect(toValue({ name: 'a', kind: 'bool' }, true)).toBe(true);
    // A choice that may stay open (a prospect's use) goes as null; a required one keeps what was chosen.
    expect(toValue({ name: 'use', kind: 'enum', nullable: true }, '')).toBeNull();
    expect(toValue({ name: 'use', kind: 'enum', nullable: true }, 'lab')).toBe('lab');
    expect(toValue({ name: 'use', kind: 'enum' }, '')).toBe('');
  });

  it('builds a create draft with constants', () => {
    const draft = toDraft(
      fields,
      {
        label: 'A1',
        areaM2: '50',
        floor: '3',
        declared: '',
        deliveryDate: '2025-01-02',
        parkId: '',
        buildingId: 'b1',
        outOfService: false,
      },
      { footprint: null },
    );
    expect(draft).toEqual({
      footprint: null,
      label: 'A1',
      areaM2: 50,
      floor: 3,
      declared: null,
      deliveryDate: '2025-01-02',
      parkId: null,
      buildingId: 'b1',
      outOfService: false,
    });
  });

  it('shows a record and sends only what changed', () => {
    const record = {
      label: 'A1',
      areaM2: 50,
      floor: 3,
      declared: null,
      deliveryDate: null,
      parkId: 'p1',
      buildingId: 'b1',
      outOfService: false,
    };
    const values = fromRecord(fields, record);
    expect(values).toEqual({
      label: 'A1',
      areaM2: '50',
      floor: '3',
      declared: '',
      deliveryDate: '',
      parkId: 'p1',
      buildingId: 'b1',
      outOfService: false,
    });
    expect(changedFields(fields, values, record)).toEqual({});
    expect(changedFields(fields, { ...values, areaM2: '60', parkId: '', outOfService: true }, record)).toEqual({
      areaM2: 60,
      parkId: null,
      outOfService: true,
    });
  });

  it('applies a route prefill over the defaults', () => {
    expect(
      withPrefill(fields, { label: '', floor: '1', outOfService: false }, { floor: '-1', outOfService: 'true', unknown: 'x' }),
    ).toEqual({ label: '', floor: '-1', outOfService: true });
  });
});

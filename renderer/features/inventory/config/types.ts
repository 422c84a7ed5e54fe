// What the inventory screens need to know about each entity: list columns, filters, form fields.
import type { ReactNode } from 'react';
import type { EntityName, Locale } from '../../../../shared/enums';
import type { EnumValue, MessageKey, Translate } from '../../../i18n/catalog';
import type { AnyRow } from '../../../stores/inventory';

export interface Ctx {
  locale: Locale;
  t: Translate;
}

export interface ColumnDef<R> {
  header: MessageKey;
  /** The list query's sortBy value, when the column can be sorted. */
  sortKey?: string;
  /** CSS grid track, e.g. '2fr' or '120px'. */
  width: string;
  align?: 'end';
  render(row: R, ctx: Ctx): ReactNode;
}

export type { EnumValue };

/** Select filters name their empty choice in words ("All zones"), not "All: Zone" (issue 10, item 13). */
export type FilterSpec =
  | { name: string; kind: 'zone'; label: MessageKey; all: MessageKey }
  | { name: string; kind: 'park'; label: MessageKey; all: MessageKey }
  | { name: string; kind: 'enum'; label: MessageKey; all: MessageKey; options: readonly EnumValue[] }
  | { name: string; kind: 'bool'; label: MessageKey }
  /** A checkbox that filters on today's date (e.g. leases active today). */
  | { name: string; kind: 'today'; label: MessageKey };

export type FieldKind = 'text' | 'number' | 'integer' | 'date' | 'bool' | 'enum' | 'ref';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: MessageKey;
  nullable?: boolean;
  /** Show as an area (m²). */
  area?: boolean;
  options?: readonly EnumValue[];
  ref?: EntityName;
  /** Narrow a reference picker by the form's other values (e.g. parks of the chosen zone). */
  refQuery?: (values: FormValues) => Record<string, string>;
  /** A reference picker's second line for an option (e.g. a unit's area and what is let at the lease's start). */
  pickDetail?: (row: AnyRow, ctx: Ctx) => string;
  /** Values other fields take when an option is picked (e.g. the lease's area from the unit's free area). */
  pickFill?: (row: AnyRow, values: FormValues) => FormValues;
  hint?: MessageKey;
  /** What an empty nullable value means, in the detail view (e.g. "stand-alone", "whole district"). */
  emptyLabel?: MessageKey;
  wide?: boolean;
}

export type FormValue = string | boolean;
export type FormValues = Record<string, FormValue>;

export interface EntityConfig {
  entity: EntityName;
  columns: ColumnDef<AnyRow>[];
  filters: FilterSpec[];
  fields: FieldSpec[];
  /** Initial form values for a new record. */
  defaults: FormValues;
  /** Fields the form does not show but a create must send (e.g. geometry, drawn on the map later). */
  createConstants?: Record<string, unknown>;
  /** "Save and add another": the fields the next new record keeps (e.g. the building and floor of a unit). */
  keepForNext?: readonly string[];
  /** Extra read-only facts in the detail view. */
  facts?: { label: MessageKey; render(row: AnyRow, ctx: Ctx): ReactNode }[];
}

/** Columns written against a concrete row type, stored for any row. */
export function typed<R extends AnyRow>(cols: ColumnDef<R>[]): ColumnDef<AnyRow>[] {
  return cols.map((c) => ({ ...c, render: (row: AnyRow, ctx: Ctx) => c.render(row as R, ctx) }));
}

export function typedFacts<R extends AnyRow>(
  facts: { label: MessageKey; render(row: R, ctx: Ctx): ReactNode }[],
): NonNullable<EntityConfig['facts']> {
  return facts.map((f) => ({ label: f.label, render: (row: AnyRow, ctx: Ctx) => f.render(row as R, ctx) }));
}

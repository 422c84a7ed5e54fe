// Applies an import's rows inside one open batch, row by row, through the forms' own path: the contract's draft
// schema, then createIn / updateIn (services/inventory/crud.ts, the entity's rules). A row in error writes
// nothing and is listed with its sheet, row and column; a row whose version is older than the record's is a
// conflict; an unchanged row writes nothing. The caller commits only a clean run (and never a dry run).
import { SHEET_ENTITY, IMPORT_SHEETS, type ColumnSpec, type ImportSheet } from '../../../../shared/sheets/spec';
import type { EntityName } from '../../../../shared/enums';
import { AppError } from '../../../../shared/errors';
import type { Draft, EntityMap } from '../../../../shared/models';
import type { FieldChange, ImportChange, ImportConflict, ImportOutcome, SheetIssue } from '../../../../shared/sheets/results';
import { foldName } from '../../../../shared/sheets/recognise';
import { normalizeUscc } from '../../../../shared/uscc';
import { draftSchemas } from '../../../../shared/validation/entities';
import { toFieldErrors } from '../../../../shared/validation/primitives';
import { draftOf, TABLES } from '../../db/tables';
import type { ChangeWriter } from '../../db/writer';
import { createIn, updateIn } from '../inventory/crud';
import type { RecognisedSheet } from './file-read';
import type { ImportIndex, Indexed } from './import-index';
import { buildingRefs, leaseRefs, returnRefs, unitRefs, type Refs } from './import-refs';
import { readRows, SheetColumns, type RowInput } from './import-rows';

type Draftish = Record<string, unknown>;

const REFS: Record<ImportSheet, (ix: ImportIndex, cols: SheetColumns, row: RowInput) => Refs> = {
  buildings: buildingRefs,
  units: unitRefs,
  tenants: () => ({ issues: [], fields: {} }),
  leases: leaseRefs,
  returns: returnRefs,
};

/** The column that names a reference field (errors on zoneId point at the zone code, …). */
const FIELD_COLUMN: Record<string, string> = {
  zoneId: 'zoneCode',
  parkId: 'parkName',
  buildingId: 'buildingName',
  unitId: 'unitLabel',
  tenantId: 'tenantName',
};

function naturalKey(entity: Indexed, d: Draftish): string | null {
  switch (entity) {
    case 'building':
      return `${String(d.zoneId)}|${foldName(String(d.nameZh ?? ''))}`;
    case 'unit':
      return `${String(d.buildingId)}|${String(d.floor)}|${String(d.label)}`;
    case 'tenant':
      return d.uscc ? `uscc:${normalizeUscc(String(d.uscc))}` : null;
    case 'tenant_return':
      return `${String(d.tenantId)}|${String(d.year)}`;
    default:
      return `${String(d.unitId)}|${String(d.tenantId)}|${String(d.startDate)}`;
  }
}

const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

type Shown = FieldChange['before'];

export class ImportRun {
  readonly outcome: ImportOutcome = {
    insert: 0,
    update: 0,
    unchanged: 0,
    errorRows: 0,
    errors: [],
    conflicts: [],
    notes: [],
    changes: [],
    applied: false,
  };
  /** Row numbers in error, per sheet name (for the error file). */
  readonly errorRows = new Map<string, Set<number>>();
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly w: ChangeWriter,
    private readonly ix: ImportIndex,
  ) {}

  run(sheets: RecognisedSheet[]): ImportOutcome {
    const ordered = [...sheets].sort((a, b) => IMPORT_SHEETS.indexOf(a.key) - IMPORT_SHEETS.indexOf(b.key));
    for (const sheet of ordered) {
      const cols = new SheetColumns(sheet);
      for (const row of readRows(cols)) this.row(sheet.key, cols, row);
    }
    return this.outcome;
  }

  private fail(row: RowInput, issues: SheetIssue[]): void {
    this.outcome.errors.push(...issues);
    this.outcome.errorRows += 1;
    let set = this.errorRows.get(row.sheet.name);
    if (!set) this.errorRows.set(row.sheet.name, (set = new Set()));
    set.add(row.n);
  }

  private fieldIssues(
    cols: SheetColumns,
    row: RowInput,
    fields: { field: string; code: SheetIssue['code']; params?: Record<string, string | number> }[],
  ): SheetIssue[] {
    return fields.map((f) => cols.issue(row.n, FIELD_COLUMN[f.field] ?? f.field, f.code, f.params));
  }

  private row(key: ImportSheet, cols: SheetColumns, row: RowInput): void {
    const entity = SHEET_ENTITY[key] as Indexed;
    const refs = REFS[key](this.ix, cols, row);
    const issues = refs.issues.length ? [...row.issues, ...refs.issues] : row.issues;
    const fields: Draftish = refs.fields;
    for (const field of this.fieldsOf(entity, cols)) {
      const spec = cols.specs.get(field) as ColumnSpec;
      fields[field] = row.values.has(field) ? row.values.get(field) : (spec.empty ?? (spec.kind === 'text' ? '' : null));
    }
    const id = row.values.get('id') as string | undefined;
    let current: EntityMap[Indexed] | undefined;
    if (id !== undefined) {
      current = this.ix.get(entity, id);
      if (!current) issues.push(cols.issue(row.n, 'id', 'record_missing', { value: id }));
    }
    if (issues.length) return this.fail(row, issues);
    let candidate: Draftish | null = null;
    if (!current) {
      // No id: match by natural key (an existing record is updated, never duplicated).
      candidate = this.insertDraft(entity, fields);
      const nk = naturalKey(entity, candidate);
      const found = nk ? this.ix.find(entity, nk) : [];
      if (found.length > 1) return this.fail(row, [cols.issue(row.n, '', 'ambiguous_reference', { value: nk ?? '' })]);
      current = found[0] ? this.ix.get(entity, found[0]) : undefined;
    }
    const identity = current ? current.id : `new:${(candidate && naturalKey(entity, candidate)) ?? `${row.sheet.name}:${row.n}`}`;
    const first = this.seen.get(`${entity}:${identity}`);
    if (first !== undefined) return this.fail(row, [cols.issue(row.n, id !== undefined ? 'id' : '', 'duplicate_row', { row: first })]);
    this.seen.set(`${entity}:${identity}`, row.n);
    // Most rows of a re-imported export are unchanged: they are counted without further work.
    const changed = current ? this.changedFields(entity, current, fields) : [];
    if (current && !changed.length) {
      this.outcome.unchanged += 1;
      return;
    }
    const draft = current ? { ...(draftOf(entity, current) as Draftish), ...fields } : (candidate as Draftish);
    const shape = draftSchemas[entity].safeParse(draft);
    if (!shape.success) return this.fail(row, this.fieldIssues(cols, row, toFieldErrors(shape.error.issues)));
    const parsed = shape.data as Draftish;
    if (current) this.update(entity, cols, row, current, parsed, changed);
    else this.insert(entity, cols, row, parsed);
  }

  private readonly fieldLists = new Map<SheetColumns, string[]>();

  /** The record's fields this sheet has a column for (worked out once per sheet). */
  private fieldsOf(entity: Indexed, cols: SheetColumns): string[] {
    let list = this.fieldLists.get(cols);
    if (!list) {
      list = Object.keys(TABLES[entity].columns).filter((f) => cols.specs.has(f) && !cols.specs.get(f)?.computed);
      this.fieldLists.set(cols, list);
    }
    return list;
  }

  /** The fields this row sets (sheet columns and references) whose value differs from the record's. */
  private changedFields(entity: Indexed, current: EntityMap[Indexed], fields: Draftish): string[] {
    const before = current as unknown as Draftish;
    const norm = (f: string, v: unknown) => (entity === 'tenant' && f === 'uscc' && typeof v === 'string' ? normalizeUscc(v) : v);
    return Object.keys(fields).filter((f) => !same(before[f], norm(f, fields[f])));
  }

  private insertDraft(entity: Indexed, fields: Draftish): Draftish {
    const draft: Draftish = {};
    for (const field of Object.keys(TABLES[entity].columns)) draft[field] = field in fields ? fields[field] : null;
    if (entity === 'building')
      Object.assign(draft, {
        address: draft.address ?? '',
        isThemeBuilding: draft.isThemeBuilding ?? false,
        floorsBelow: draft.floorsBelow ?? 0,
      });
    if (entity === 'unit')
      Object.assign(draft, { countsTowardTarget: draft.countsTowardTarget ?? true, outOfService: draft.outOfService ?? false });
    if (entity === 'tenant') Object.assign(draft, { nameEn: draft.nameEn ?? '', uscc: draft.uscc ?? '' });
    if (entity === 'tenant_return') {
      for (const f of ['inventionPatents', 'highQualityPatents', 'standardsDomestic', 'standardsInternational']) draft[f] = draft[f] ?? 0;
      draft.highTech = draft.highTech ?? false;
    }
    return draft;
  }

  private attempt<T>(cols: SheetColumns, row: RowInput, write: () => T): T | null {
    try {
      return write();
    } catch (err) {
      if (err instanceof AppError && err.code === 'validation') {
        this.fail(row, this.fieldIssues(cols, row, (err.details?.fields ?? []) as { field: string; code: SheetIssue['code'] }[]));
        return null;
      }
      throw err;
    }
  }

  /** `changed`: the fields this row changes (the rest of `draft` is the record as it is). */
  private update(
    entity: Indexed,
    cols: SheetColumns,
    row: RowInput,
    current: EntityMap[Indexed],
    draft: Draftish,
    changed: string[],
  ): void {
    const before = draftOf(entity, current) as Draftish;
    const fileVersion = row.values.get('version');
    if (row.values.has('id') && typeof fileVersion === 'number' && fileVersion !== current.version) {
      const conflict: ImportConflict = {
        sheet: row.sheet.name,
        row: row.n,
        entity,
        id: current.id,
        label: this.label(entity, current as unknown as Draftish),
        fileVersion,
        dbVersion: current.version,
      };
      this.outcome.conflicts.push(conflict);
      return;
    }
    const changes = Object.fromEntries(changed.map((f) => [f, draft[f]])) as Partial<Draft<EntityName>>;
    const written = this.attempt(cols, row, () => updateIn(this.w, entity, current.id, current.version, changes as never));
    if (!written) return;
    this.ix.put(entity, written as EntityMap[Indexed]);
    this.outcome.update += 1;
    this.record(
      row,
      entity,
      'update',
      written.id,
      draft,
      changed.map((f) => this.change(cols, f, before[f], (written as unknown as Draftish)[f])),
    );
  }

  private insert(entity: Indexed, cols: SheetColumns, row: RowInput, draft: Draftish): void {
    const written = this.attempt(cols, row, () => createIn(this.w, entity, draft as never));
    if (!written) return;
    this.ix.put(entity, written as EntityMap[Indexed]);
    this.outcome.insert += 1;
    const given = Object.keys(draft).filter((f) => cols.has(FIELD_COLUMN[f] ?? f) && draft[f] !== null && draft[f] !== '');
    this.record(
      row,
      entity,
      'insert',
      written.id,
      draft,
      given.map((f) => this.change(cols, f, null, (written as unknown as Draftish)[f])),
    );
  }

  private record(
    row: RowInput,
    entity: EntityName,
    action: ImportChange['action'],
    id: string,
    draft: Draftish,
    changes: FieldChange[],
  ): void {
    this.outcome.changes.push({
      sheet: row.sheet.name,
      row: row.n,
      entity,
      id,
      action,
      label: this.label(entity as Indexed, draft),
      changes,
    });
  }

  /** A field's value as people read it: references by name, everything else as stored. */
  private shown(field: string, v: unknown): Shown {
    if (v === null || v === undefined) return null;
    if (field === 'zoneId') return this.ix.zoneCode.get(String(v)) ?? String(v);
    if (field === 'parkId') return this.ix.parks.get(String(v))?.nameZh ?? String(v);
    if (field === 'buildingId') return this.ix.get('building', String(v))?.nameZh ?? String(v);
    if (field === 'unitId') return this.ix.get('unit', String(v))?.label ?? String(v);
    if (field === 'tenantId') return this.ix.get('tenant', String(v))?.nameZh ?? String(v);
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
  }

  private change(cols: SheetColumns, field: string, before: unknown, after: unknown): FieldChange {
    const key = FIELD_COLUMN[field] ?? field;
    const i = cols.index.get(key);
    return {
      field,
      header: i === undefined ? field : (cols.sheet.headers[i] ?? field),
      before: this.shown(field, before),
      after: this.shown(field, after),
    };
  }

  private label(entity: Indexed, d: Draftish): string {
    const building = (id: unknown) => this.ix.get('building', String(id))?.nameZh ?? '';
    if (entity === 'building') return `${this.ix.zoneCode.get(String(d.zoneId)) ?? ''} ${String(d.nameZh)}`.trim();
    if (entity === 'unit') return `${building(d.buildingId)} ${String(d.label)}`.trim();
    if (entity === 'tenant') return String(d.nameZh);
    if (entity === 'tenant_return') return `${this.ix.get('tenant', String(d.tenantId))?.nameZh ?? ''} · ${String(d.year)}`;
    const unit = this.ix.get('unit', String(d.unitId));
    return `${unit ? `${building(unit.buildingId)} ${unit.label}` : ''} · ${this.ix.get('tenant', String(d.tenantId))?.nameZh ?? ''} · ${String(d.startDate)}`;
  }
}

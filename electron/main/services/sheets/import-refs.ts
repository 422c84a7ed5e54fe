// How an import row names the records it belongs to: a zone by its code, a park or building by name within the
// zone, a unit by building + label, a tenant by credit code (else name). The visible names win; the hidden ids of
// an exported row are the fallback (a building renamed in the same import still finds its units).
import { foldName } from '../../../../shared/sheets/recognise';
import { normalizeUscc } from '../../../../shared/uscc';
import type { SheetIssue } from '../../../../shared/sheets/results';
import type { ImportIndex } from './import-index';
import type { RowInput, SheetColumns } from './import-rows';

export interface Refs {
  issues: SheetIssue[];
  fields: Record<string, unknown>;
}

const text = (row: RowInput, key: string): string | undefined => {
  const v = row.values.get(key);
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/** One id out of candidates: the only one, or the hidden id when it is among them; else a located issue. */
function choose(candidates: string[], hidden: string | undefined, fallback: boolean): { id: string | null; ambiguous: boolean } {
  if (candidates.length === 1) return { id: candidates[0] ?? null, ambiguous: false };
  if (candidates.length > 1)
    return hidden && candidates.includes(hidden) ? { id: hidden, ambiguous: false } : { id: null, ambiguous: true };
  return { id: fallback && hidden ? hidden : null, ambiguous: false };
}

export function zoneOf(ix: ImportIndex, cols: SheetColumns, row: RowInput, out: Refs): string | null {
  const code = text(row, 'zoneCode');
  const id = code ? ix.zoneByCode.get(foldName(code)) : undefined;
  if (!id) out.issues.push(cols.issue(row.n, 'zoneCode', code ? 'reference_missing' : 'required', { value: code ?? '' }));
  return id ?? null;
}

export function buildingOf(ix: ImportIndex, cols: SheetColumns, row: RowInput, out: Refs): string | null {
  const zoneId = zoneOf(ix, cols, row, out);
  const name = text(row, 'buildingName');
  const hidden = text(row, 'buildingId');
  if (!name) {
    out.issues.push(cols.issue(row.n, 'buildingName', 'required'));
    return null;
  }
  if (!zoneId) return null;
  const found = choose(ix.find('building', `${zoneId}|${foldName(name)}`), hidden, !!(hidden && ix.get('building', hidden)));
  if (!found.id)
    out.issues.push(cols.issue(row.n, 'buildingName', found.ambiguous ? 'ambiguous_reference' : 'reference_missing', { value: name }));
  return found.id;
}

export function buildingRefs(ix: ImportIndex, cols: SheetColumns, row: RowInput): Refs {
  const out: Refs = { issues: [], fields: {} };
  const zoneId = zoneOf(ix, cols, row, out);
  if (zoneId) out.fields.zoneId = zoneId;
  if (cols.has('parkName')) {
    const name = text(row, 'parkName');
    const hidden = text(row, 'parkId');
    if (!name) out.fields.parkId = null;
    else if (zoneId) {
      const found = choose(ix.parksNamed(zoneId, name), hidden, !!(hidden && ix.parks.has(hidden)));
      if (found.id) out.fields.parkId = found.id;
      else out.issues.push(cols.issue(row.n, 'parkName', found.ambiguous ? 'ambiguous_reference' : 'reference_missing', { value: name }));
    }
  }
  return out;
}

export function unitRefs(ix: ImportIndex, cols: SheetColumns, row: RowInput): Refs {
  const out: Refs = { issues: [], fields: {} };
  const buildingId = buildingOf(ix, cols, row, out);
  if (buildingId) out.fields.buildingId = buildingId;
  return out;
}

export function leaseRefs(ix: ImportIndex, cols: SheetColumns, row: RowInput): Refs {
  const out: Refs = { issues: [], fields: {} };
  const buildingId = buildingOf(ix, cols, row, out);
  const label = text(row, 'unitLabel');
  const hiddenUnit = text(row, 'unitId');
  if (!label) out.issues.push(cols.issue(row.n, 'unitLabel', 'required'));
  else if (buildingId) {
    const found = choose(ix.find('unit', `label:${buildingId}|${label}`), hiddenUnit, !!(hiddenUnit && ix.get('unit', hiddenUnit)));
    if (found.id) out.fields.unitId = found.id;
    else out.issues.push(cols.issue(row.n, 'unitLabel', 'reference_missing', { value: label }));
  }
  const tenantId = tenantOf(ix, cols, row, out);
  if (tenantId) out.fields.tenantId = tenantId;
  return out;
}

/** The tenant a row names: by credit code, else by name; the hidden id of an exported row is the fallback. */
function tenantOf(ix: ImportIndex, cols: SheetColumns, row: RowInput, out: Refs): string | null {
  const uscc = text(row, 'tenantUscc');
  const name = text(row, 'tenantName');
  const hiddenTenant = text(row, 'tenantId');
  const hiddenOk = !!(hiddenTenant && ix.get('tenant', hiddenTenant));
  if (uscc) {
    const found = choose(ix.find('tenant', `uscc:${normalizeUscc(uscc)}`), hiddenTenant, hiddenOk);
    if (found.id) return found.id;
    out.issues.push(cols.issue(row.n, 'tenantUscc', 'reference_missing', { value: uscc }));
  } else if (name) {
    const found = choose(ix.find('tenant', `name:${foldName(name)}`), hiddenTenant, hiddenOk);
    if (found.id) return found.id;
    out.issues.push(cols.issue(row.n, 'tenantName', found.ambiguous ? 'ambiguous_reference' : 'reference_missing', { value: name }));
  } else out.issues.push(cols.issue(row.n, 'tenantName', 'required'));
  return null;
}

/** An annual return names its tenant only. */
export function returnRefs(ix: ImportIndex, cols: SheetColumns, row: RowInput): Refs {
  const out: Refs = { issues: [], fields: {} };
  const tenantId = tenantOf(ix, cols, row, out);
  if (tenantId) out.fields.tenantId = tenantId;
  return out;
}

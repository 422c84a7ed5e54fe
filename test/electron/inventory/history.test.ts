import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, deleteRecord, updateRecord } from '../../../electron/main/services/inventory/crud';
import { historyState, recordHistory, redo, undo } from '../../../electron/main/services/history';
import { count, seedMini, tempDb } from './fixture';

let ctx: ReturnType<typeof tempDb>;
let mini: ReturnType<typeof seedMini>;
beforeEach(() => {
  ctx = tempDb();
  mini = seedMini(ctx.db);
});
afterEach(() => ctx.cleanup());

const unitArea = (id: string) => (ctx.db.prepare('SELECT area_m2 AS a FROM unit WHERE id = ?').get(id) as { a: number } | undefined)?.a;

describe('undo and redo', () => {
  it('undoes and redoes an edit', () => {
    updateRecord(ctx.db, 'unit', mini.unitB.id, 1, { areaM2: 300 });
    expect(historyState(ctx.db)).toMatchObject({ canUndo: true, canRedo: false });
    const step = undo(ctx.db);
    expect(step.entities).toEqual([{ entity: 'unit', id: mini.unitB.id }]);
    expect(unitArea(mini.unitB.id)).toBe(250);
    expect(historyState(ctx.db).canRedo).toBe(true);
    redo(ctx.db);
    expect(unitArea(mini.unitB.id)).toBe(300);
  });

  it('names the record in the step it undoes, in both languages (issue 10, item 10)', () => {
    updateRecord(ctx.db, 'building', mini.building.id, 1, { nameZh: '金融街数字主题楼', nameEn: 'Financial Street Digital Building' });
    expect(historyState(ctx.db).undoLabel).toBe('修改楼宇 金融街数字主题楼 / Edit building Financial Street Digital Building');
    expect(undo(ctx.db).label).toBe('修改楼宇 金融街数字主题楼 / Edit building Financial Street Digital Building');
    createRecord(ctx.db, 'lease', { ...mini.lease, unitId: mini.unitB.id, startDate: '2026-01-01', endDate: null });
    expect(historyState(ctx.db).undoLabel).toBe('新建租约 某金融科技公司 · 302 / Create lease Some Fintech Co · 302');
    deleteRecord(ctx.db, 'unit', mini.unitA.id, 1);
    expect(historyState(ctx.db).undoLabel).toBe('删除单元 301 / Delete unit 301');
  });

  it('brings back a cascaded delete in one step, with the same ids', () => {
    deleteRecord(ctx.db, 'building', mini.building.id, 1);
    expect(count(ctx.db, 'unit')).toBe(0);
    undo(ctx.db);
    expect([count(ctx.db, 'building'), count(ctx.db, 'unit'), count(ctx.db, 'lease')]).toEqual([1, 2, 1]);
    expect(unitArea(mini.unitA.id)).toBe(100);
    redo(ctx.db);
    expect([count(ctx.db, 'building'), count(ctx.db, 'unit'), count(ctx.db, 'lease')]).toEqual([0, 0, 0]);
  });

  it('undoes several steps in reverse order and redoes them forward', () => {
    updateRecord(ctx.db, 'unit', mini.unitB.id, 1, { areaM2: 260 });
    updateRecord(ctx.db, 'unit', mini.unitB.id, 2, { areaM2: 270 });
    undo(ctx.db);
    undo(ctx.db);
    expect(unitArea(mini.unitB.id)).toBe(250);
    redo(ctx.db);
    expect(unitArea(mini.unitB.id)).toBe(260);
    redo(ctx.db);
    expect(unitArea(mini.unitB.id)).toBe(270);
  });

  it('a new edit discards what could have been redone', () => {
    updateRecord(ctx.db, 'unit', mini.unitB.id, 1, { areaM2: 260 });
    undo(ctx.db);
    const current = ctx.db.prepare('SELECT version FROM unit WHERE id = ?').get(mini.unitB.id) as { version: number };
    updateRecord(ctx.db, 'unit', mini.unitB.id, current.version, { label: '302A' });
    expect(historyState(ctx.db).canRedo).toBe(false);
    expect(() => redo(ctx.db)).toThrow(/Nothing to redo/);
  });

  it('undoing a create removes the record; nothing left to undo says so', () => {
    const fresh = tempDb();
    try {
      createRecord(fresh.db, 'zone', { code: 'Z', nameZh: '区', nameEn: 'Z', kind: 'cluster', boundary: null });
      undo(fresh.db);
      expect(count(fresh.db, 'zone')).toBe(0);
      expect(() => undo(fresh.db)).toThrow(/Nothing to undo/);
    } finally {
      fresh.cleanup();
    }
  });

  it('refuses to undo over a change made outside the undo stack', () => {
    updateRecord(ctx.db, 'unit', mini.unitB.id, 1, { areaM2: 260 });
    ctx.db.prepare('UPDATE unit SET area_m2 = 999 WHERE id = ?').run(mini.unitB.id);
    expect(() => undo(ctx.db)).toThrow(/no longer fits/);
    expect(unitArea(mini.unitB.id)).toBe(999);
    // The stuck step is dropped, so the step before it (creating the lease in seedMini) can still be undone.
    expect(historyState(ctx.db).undoLabel).toContain('lease');
    undo(ctx.db);
    expect(count(ctx.db, 'lease')).toBe(0);
  });
});

describe('record history', () => {
  it('lists a record’s changes newest first, with undo steps', () => {
    updateRecord(ctx.db, 'unit', mini.unitB.id, 1, { areaM2: 300 });
    undo(ctx.db);
    const entries = recordHistory(ctx.db, 'unit', mini.unitB.id);
    expect(entries.map((e) => [e.action, e.origin])).toEqual([
      ['update', 'undo'],
      ['update', 'user'],
      ['insert', 'user'],
    ]);
    expect(entries[1]?.before?.areaM2).toBe(250);
    expect(entries[1]?.after?.areaM2).toBe(300);
    expect(entries[1]?.label).toContain('Edit unit');
  });
});

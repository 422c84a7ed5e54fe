// Per-database settings kept in the meta table (e.g. the map's basemap), so the choice travels with the file.
import { BASEMAP_KINDS, type BasemapSetting } from '../../../shared/map-views';
import type { Db } from '../db/connection';

const BASEMAP_KEY = 'setting.basemap';

export function getBasemap(db: Db): BasemapSetting {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(BASEMAP_KEY) as { value: string } | undefined;
  if (!row) return { kind: 'none', source: '' };
  try {
    const parsed = JSON.parse(row.value) as Partial<BasemapSetting>;
    if (parsed.kind && (BASEMAP_KINDS as readonly string[]).includes(parsed.kind) && typeof parsed.source === 'string') {
      return { kind: parsed.kind, source: parsed.source };
    }
  } catch {
    // a damaged setting falls back to no basemap
  }
  return { kind: 'none', source: '' };
}

export function setBasemap(db: Db, setting: BasemapSetting): BasemapSetting {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(BASEMAP_KEY, JSON.stringify(setting));
  return setting;
}

// Per-database settings kept in the meta table (e.g. the map's basemap), so the choice travels with the file.
import { BASEMAP_KINDS, type BasemapSetting } from '../../../shared/map-views';
import type { Db } from '../db/connection';
import { getMeta, setMeta } from '../db/repos/meta';

const BASEMAP_KEY = 'setting.basemap';

export function getBasemap(db: Db): BasemapSetting {
  const stored = getMeta(db, BASEMAP_KEY);
  if (stored === null) return { kind: 'none', source: '' };
  try {
    const parsed = JSON.parse(stored) as Partial<BasemapSetting>;
    if (parsed.kind && (BASEMAP_KINDS as readonly string[]).includes(parsed.kind) && typeof parsed.source === 'string') {
      return { kind: parsed.kind, source: parsed.source };
    }
  } catch {
    // a damaged setting falls back to no basemap
  }
  return { kind: 'none', source: '' };
}

export function setBasemap(db: Db, setting: BasemapSetting): BasemapSetting {
  setMeta(db, { [BASEMAP_KEY]: JSON.stringify(setting) });
  return setting;
}

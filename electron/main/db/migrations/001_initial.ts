// Schema 1: the inventory, targets, change log and history batches. Never edit once shipped; add 002_… instead.
const bool = (col: string) => `${col} INTEGER NOT NULL CHECK (${col} IN (0, 1))`;
const date = (col: string, nullable = true) =>
  `${col} TEXT${nullable ? '' : ' NOT NULL'} CHECK (${col} IS NULL OR (length(${col}) = 10 AND date(${col}) = ${col}))`;
const meta = `id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1)`;
const json = (col: string) => `${col} TEXT CHECK (${col} IS NULL OR json_valid(${col}))`;

export const migration001 = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE zone (
  ${meta},
  code TEXT NOT NULL UNIQUE,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('core', 'wing', 'cluster')),
  ${json('boundary')}
) STRICT;

CREATE TABLE park (
  ${meta},
  zone_id TEXT NOT NULL REFERENCES zone(id),
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
  theme TEXT NOT NULL, operator TEXT NOT NULL,
  ${json('boundary')}
) STRICT;
CREATE INDEX park_zone ON park(zone_id);

CREATE TABLE building (
  ${meta},
  zone_id TEXT NOT NULL REFERENCES zone(id),
  park_id TEXT REFERENCES park(id),
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
  address TEXT NOT NULL,
  ${bool('is_theme_building')},
  ${json('footprint')},
  floors_above INTEGER NOT NULL CHECK (floors_above >= 0),
  floors_below INTEGER NOT NULL CHECK (floors_below >= 0),
  gross_floor_area_m2 REAL CHECK (gross_floor_area_m2 IS NULL OR gross_floor_area_m2 > 0),
  declared_rentable_m2 REAL CHECK (declared_rentable_m2 IS NULL OR declared_rentable_m2 > 0),
  ${date('delivery_date')},
  status TEXT NOT NULL CHECK (status IN ('planned', 'renovating', 'operational'))
) STRICT;
CREATE INDEX building_zone ON building(zone_id);
CREATE INDEX building_park ON building(park_id);
CREATE INDEX building_name ON building(name_zh);

CREATE TABLE unit (
  ${meta},
  building_id TEXT NOT NULL REFERENCES building(id),
  floor INTEGER NOT NULL,
  label TEXT NOT NULL,
  area_m2 REAL NOT NULL CHECK (area_m2 > 0 AND area_m2 < 10000000),
  use TEXT NOT NULL CHECK (use IN ('office', 'lab', 'retail', 'common', 'other')),
  ${bool('counts_toward_target')},
  ${bool('out_of_service')},
  UNIQUE (building_id, label)
) STRICT;
CREATE INDEX unit_building_floor ON unit(building_id, floor);
CREATE INDEX unit_label ON unit(label);

CREATE TABLE tenant (
  ${meta},
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
  uscc TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('fintech', 'professional_service', 'research', 'supervision_tech', 'financial_institution', 'other')),
  ${date('entered_district_on')}
) STRICT;
CREATE UNIQUE INDEX tenant_uscc ON tenant(uscc) WHERE uscc <> '';
CREATE INDEX tenant_name ON tenant(name_zh);

CREATE TABLE lease (
  ${meta},
  unit_id TEXT NOT NULL REFERENCES unit(id),
  tenant_id TEXT NOT NULL REFERENCES tenant(id),
  kind TEXT NOT NULL CHECK (kind IN ('lease', 'reservation')),
  ${date('start_date', false)},
  ${date('end_date')},
  area_m2 REAL NOT NULL CHECK (area_m2 > 0),
  rent_cny_per_m2_day REAL CHECK (rent_cny_per_m2_day IS NULL OR rent_cny_per_m2_day >= 0),
  ${date('terminated_on')},
  CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX lease_unit ON lease(unit_id, start_date);
CREATE INDEX lease_tenant ON lease(tenant_id);

CREATE TABLE target (
  ${meta},
  metric TEXT NOT NULL CHECK (metric IN ('space_provided_m2', 'new_firms')),
  value REAL NOT NULL CHECK (value > 0),
  ${date('start_date', false)},
  ${date('due_date', false)},
  zone_id TEXT REFERENCES zone(id),
  label TEXT NOT NULL
) STRICT;

CREATE TABLE history_batch (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  origin TEXT NOT NULL,
  at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'discarded', 'final'))
) STRICT;
CREATE INDEX history_batch_state ON history_batch(state, at);

CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id TEXT NOT NULL REFERENCES history_batch(id),
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after)),
  at TEXT NOT NULL,
  origin TEXT NOT NULL
) STRICT;
CREATE INDEX change_log_entity ON change_log(entity, entity_id);
CREATE INDEX change_log_batch ON change_log(batch_id);
`;

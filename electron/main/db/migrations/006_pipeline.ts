// Schema 6: the tenant-attraction pipeline (招商, issue 14) — prospects and their deals. A deal keeps its current
// stage and date in columns and the stages before it as a JSON array (oldest first), so every stage change is one
// dated update of the deal in change_log. The units a deal names and the reservations/leases it created are JSON
// arrays of ids (a deal names a few units; nothing joins on them). Never edit once shipped.
const meta = `id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1)`;
const date = (col: string, nullable = true) =>
  `${col} TEXT${nullable ? '' : ' NOT NULL'} CHECK (${col} IS NULL OR (length(${col}) = 10 AND date(${col}) = ${col}))`;
const jsonArray = (col: string) => `${col} TEXT NOT NULL CHECK (json_valid(${col}) AND json_type(${col}) = 'array')`;

export const migration006 = `
CREATE TABLE prospect (
  ${meta},
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
  uscc TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('fintech', 'professional_service', 'research', 'supervision_tech', 'financial_institution', 'other')),
  contact TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('referral', 'event', 'policy_desk', 'inbound', 'agent', 'other')),
  manager TEXT NOT NULL,
  need_m2 REAL CHECK (need_m2 IS NULL OR need_m2 > 0),
  use TEXT CHECK (use IS NULL OR use IN ('office', 'lab', 'retail', 'common', 'other')),
  zone_id TEXT REFERENCES zone(id),
  park_id TEXT REFERENCES park(id),
  ${date('wanted_move_in')},
  notes TEXT NOT NULL,
  tenant_id TEXT REFERENCES tenant(id)
) STRICT;
CREATE INDEX prospect_name ON prospect(name_zh);
CREATE INDEX prospect_zone ON prospect(zone_id);
CREATE INDEX prospect_park ON prospect(park_id);
CREATE INDEX prospect_tenant ON prospect(tenant_id);

CREATE TABLE deal (
  ${meta},
  prospect_id TEXT NOT NULL REFERENCES prospect(id),
  stage TEXT NOT NULL CHECK (stage IN ('contact', 'visit', 'proposal', 'negotiation', 'reserved', 'signed', 'lost')),
  ${date('stage_on', false)},
  ${jsonArray('history')},
  building_id TEXT REFERENCES building(id),
  floor INTEGER,
  ${jsonArray('unit_ids')},
  area_m2 REAL CHECK (area_m2 IS NULL OR area_m2 > 0),
  ${date('start_date')},
  ${date('end_date')},
  rent_cny_per_m2_day REAL CHECK (rent_cny_per_m2_day IS NULL OR rent_cny_per_m2_day >= 0),
  lost_reason TEXT NOT NULL,
  ${jsonArray('lease_ids')},
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX deal_prospect ON deal(prospect_id);
CREATE INDEX deal_building ON deal(building_id);
CREATE INDEX deal_stage ON deal(stage, stage_on);
`;

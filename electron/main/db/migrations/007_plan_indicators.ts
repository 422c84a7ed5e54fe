// Schema: tenants' annual returns and the plan's other indicators (issue 9). Never edit once shipped.
// - tenant_return: one row per tenant and year (revenue, headcount, high-tech flag, patents, standards);
// - target: its metric CHECK widened to the plan indicators. SQLite cannot alter a CHECK, so the table is copied
//   into a new one with the wider CHECK (nothing references target, so no foreign key sees it go).
const meta = `id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1)`;
const count = (col: string) => `${col} INTEGER NOT NULL CHECK (${col} >= 0)`;
const date = (col: string) => `${col} TEXT NOT NULL CHECK (length(${col}) = 10 AND date(${col}) = ${col})`;

export const migration007 = `
CREATE TABLE tenant_return (
  ${meta},
  tenant_id TEXT NOT NULL REFERENCES tenant(id),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  revenue_cny REAL NOT NULL CHECK (revenue_cny >= 0),
  ${count('headcount')},
  high_tech INTEGER NOT NULL CHECK (high_tech IN (0, 1)),
  ${count('invention_patents')},
  ${count('high_quality_patents')},
  ${count('standards_domestic')},
  ${count('standards_international')},
  CHECK (high_quality_patents <= invention_patents),
  UNIQUE (tenant_id, year)
) STRICT;
CREATE INDEX tenant_return_year ON tenant_return(year, tenant_id);

CREATE TABLE target_006 (
  ${meta},
  metric TEXT NOT NULL CHECK (metric IN ('space_provided_m2', 'new_firms', 'revenue_growth_pct', 'patents_per_year', 'standards')),
  value REAL NOT NULL CHECK (value > 0),
  ${date('start_date')},
  ${date('due_date')},
  zone_id TEXT REFERENCES zone(id),
  label TEXT NOT NULL
) STRICT;
INSERT INTO target_006 (id, created_at, updated_at, version, metric, value, start_date, due_date, zone_id, label)
  SELECT id, created_at, updated_at, version, metric, value, start_date, due_date, zone_id, label FROM target;
DROP TABLE target;
ALTER TABLE target_006 RENAME TO target;
`;

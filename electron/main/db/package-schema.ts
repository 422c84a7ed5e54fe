// The survey tables of a package (package schema 1). The inventory tables beside them are the app's own
// (migrations/); these are the package's. Never edit once shipped: a new package schema adds to them.
const sha = (col: string) => `${col} TEXT NOT NULL CHECK (length(${col}) = 64 AND ${col} NOT GLOB '*[^0-9a-f]*')`;
const surveyEntity = `entity TEXT NOT NULL CHECK (entity IN ('building', 'unit'))`;

export const PACKAGE_TABLES = `
CREATE TABLE survey_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

-- Every row as it was in the office when the package was prepared: the base of the three-way merge.
CREATE TABLE survey_base (
  entity TEXT NOT NULL,
  id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  data TEXT NOT NULL CHECK (json_valid(data)),
  PRIMARY KEY (entity, id)
) STRICT;

CREATE TABLE survey_observation (
  ${surveyEntity},
  entity_id TEXT NOT NULL,
  status TEXT CHECK (status IS NULL OR status IN ('occupied', 'vacant', 'renovating', 'not_found')),
  tenant_seen TEXT NOT NULL DEFAULT '',
  measured_area_m2 REAL CHECK (measured_area_m2 IS NULL OR (measured_area_m2 > 0 AND measured_area_m2 < 10000000)),
  notes TEXT NOT NULL DEFAULT '',
  lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
  lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
  location_source TEXT CHECK (location_source IS NULL OR location_source IN ('map', 'photo', 'typed')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id)
) STRICT;

-- The photo manifest: which content (by SHA-256 and size) belongs to which building or unit.
CREATE TABLE survey_photo (
  ${sha('sha256')},
  ${surveyEntity},
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  mime TEXT NOT NULL,
  lon REAL, lat REAL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (sha256, entity, entity_id)
) STRICT;
CREATE INDEX survey_photo_entity ON survey_photo(entity, entity_id);

-- The photos' content, once per SHA-256, with an optional downscaled copy.
CREATE TABLE survey_blob (
  ${sha('sha256')} PRIMARY KEY,
  data BLOB NOT NULL,
  thumb BLOB
) STRICT;
`;

// Schema 5: surveys (the file number is its position in MIGRATIONS). Never edit once shipped.
//
// - database_identity: a random identity per database, given once when the file is created (new files, the sample
//   file, and existing files the first time they are migrated). Backups and restores keep it (they are the same
//   database); a survey package records it, so a package from another database is recognised and refused.
// - survey_*: what the office keeps about merged survey packages: the pending per-field decisions (so a merge can
//   be left and resumed), the merge itself (its history batch: undo/redo of that batch un-merges/re-merges), the
//   side chosen for every compared field, the discrepancies found, and the photos linked to units and buildings.
//   Rows that belong to a merge point at its history batch; whether the merge counts is that batch's state.
const json = (col: string, nullable = true) => `${col} TEXT${nullable ? '' : ' NOT NULL'} CHECK (${col} IS NULL OR json_valid(${col}))`;
const sha = (col: string) => `${col} TEXT NOT NULL CHECK (length(${col}) = 64 AND ${col} NOT GLOB '*[^0-9a-f]*')`;
const surveyEntity = `entity TEXT NOT NULL CHECK (entity IN ('building', 'unit'))`;

export const migration005 = `
CREATE TABLE database_identity (
  only INTEGER PRIMARY KEY CHECK (only = 1),
  id TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO database_identity (only, id, created_at)
SELECT 1,
  substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
  substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (SELECT lower(hex(randomblob(16))) AS h);

CREATE TABLE survey_decision (
  package_id TEXT NOT NULL,
  ${surveyEntity},
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  choice TEXT NOT NULL CHECK (choice IN ('survey', 'office')),
  decided_at TEXT NOT NULL,
  PRIMARY KEY (package_id, entity, entity_id, field)
) STRICT;

CREATE TABLE survey_merge (
  batch_id TEXT PRIMARY KEY REFERENCES history_batch(id),
  package_id TEXT NOT NULL,
  surveyor TEXT NOT NULL,
  file TEXT NOT NULL,
  merged_at TEXT NOT NULL
) STRICT;
CREATE INDEX survey_merge_package ON survey_merge(package_id);

CREATE TABLE survey_merge_field (
  batch_id TEXT NOT NULL REFERENCES survey_merge(batch_id),
  ${surveyEntity},
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('survey', 'office', 'both')),
  ${json('base')},
  ${json('survey')},
  ${json('office')},
  PRIMARY KEY (batch_id, entity, entity_id, field)
) STRICT;

CREATE TABLE survey_discrepancy (
  batch_id TEXT NOT NULL REFERENCES survey_merge(batch_id),
  kind TEXT NOT NULL,
  ${surveyEntity},
  entity_id TEXT NOT NULL,
  ${json('details', false)},
  PRIMARY KEY (batch_id, kind, entity, entity_id)
) STRICT;
CREATE INDEX survey_discrepancy_entity ON survey_discrepancy(entity, entity_id);

CREATE TABLE photo (
  batch_id TEXT NOT NULL REFERENCES survey_merge(batch_id),
  ${sha('sha256')},
  ${surveyEntity},
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  mime TEXT NOT NULL,
  lon REAL, lat REAL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (batch_id, sha256, entity, entity_id)
) STRICT;
CREATE INDEX photo_entity ON photo(entity, entity_id);
`;

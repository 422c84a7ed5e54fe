// Numbered migrations; schema version N = migrations[0..N-1] applied. Append only.
import { migration001 } from './001_initial';
import { migration002 } from './002_list_indexes';
import { migration003 } from './003_unit_search';
import { migration004 } from './004_lease_indexes';
import { migration005 } from './005_survey';
import { migration006 } from './006_pipeline';
import { migration007 } from './007_plan_indicators';

export const MIGRATIONS: readonly string[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
];
export const SCHEMA_VERSION = MIGRATIONS.length;

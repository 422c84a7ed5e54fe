// Numbered migrations; schema version N = migrations[0..N-1] applied. Append only.
import { migration001 } from './001_initial';
import { migration002 } from './002_list_indexes';

export const MIGRATIONS: readonly string[] = [migration001, migration002];
export const SCHEMA_VERSION = MIGRATIONS.length;

// Numbered migrations; schema version N = migrations[0..N-1] applied. Append only.
import { migration001 } from './001_initial';

export const MIGRATIONS: readonly string[] = [migration001];
export const SCHEMA_VERSION = MIGRATIONS.length;

// Paged, searchable, sortable lists answered by SQL: first the window of ids (cheap: no joined extras),
// then the rows for just those ids. Extras such as counts are computed only for the rows on screen.
import type { Db } from '../connection';
import type { SqlValue } from '../tables';

export interface ListQueryBase {
  search?: string;
  sortBy?: string;
  sortDir?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

export interface ListJoin {
  alias: string;
  sql: string;
  /** Aliases this join's ON clause refers to. */
  needs?: string[];
}

export interface ListSpec<Q extends ListQueryBase> {
  /** The entity's table with its alias, e.g. `unit u`. */
  from: string;
  /** Joins, in order; each is added only when a search column, filter or sort of the query refers to its alias. */
  joins?: ListJoin[];
  /** Alias of the entity's table, e.g. `u`. */
  alias: string;
  /** Columns matched by the search box (case-insensitive substring). */
  search: string[];
  /** sortBy value → SQL expression. */
  sorts: Record<NonNullable<Q['sortBy']>, string>;
  defaultSort: NonNullable<Q['sortBy']>;
  /** Each filter field present in the query → a WHERE fragment with `?` placeholders and its values. */
  filters: { [K in keyof Q]?: (value: NonNullable<Q[K]>) => [string, SqlValue[]] };
}

export const DEFAULT_LIMIT = 200;

export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The FROM clause with just the joins the query's SQL refers to (and the joins those depend on). Every join
 * follows a foreign key, so leaving one out never changes which rows match — it only saves work.
 */
function fromClause(spec: { from: string; joins?: ListJoin[] }, usedSql: string): string {
  const joins = spec.joins ?? [];
  const needed = new Set(joins.filter((j) => new RegExp(`\\b${j.alias}\\.`).test(usedSql)).map((j) => j.alias));
  for (const j of [...joins].reverse()) if (needed.has(j.alias)) for (const n of j.needs ?? []) needed.add(n);
  return [spec.from, ...joins.filter((j) => needed.has(j.alias)).map((j) => j.sql)].join(' ');
}

export function pageIds<Q extends ListQueryBase>(db: Db, spec: ListSpec<Q>, query: Q): { ids: string[]; total: number; offset: number } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const term = query.search?.trim();
  if (term) {
    const like = `%${escapeLike(term.toLowerCase())}%`;
    where.push(`(${spec.search.map((c) => `lower(${c}) LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    params.push(...spec.search.map(() => like));
  }
  for (const [key, build] of Object.entries(spec.filters) as [keyof Q, ((v: unknown) => [string, SqlValue[]]) | undefined][]) {
    const value = query[key];
    if (value === undefined || value === null || !build) continue;
    const [sql, values] = build(value);
    where.push(sql);
    params.push(...values);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const sortKey = (query.sortBy ?? spec.defaultSort) as NonNullable<Q['sortBy']>;
  const dir = query.sortDir === 'desc' ? 'DESC' : 'ASC';
  const order = `${spec.sorts[sortKey]} ${dir}, ${spec.alias}.id ${dir}`;
  const from = fromClause(spec, `${whereSql} ${order}`);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const total = (db.prepare(`SELECT count(*) AS n FROM ${from} ${whereSql}`).get(...params) as { n: number }).n;
  const ids = (db
    .prepare(`SELECT ${spec.alias}.id AS id FROM ${from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as { id: string }[]).map((r) => r.id);
  return { ids, total, offset };
}

/** Rows for the given ids, returned in the ids' order. `sql` must select `id` and filter `id IN (SELECT value FROM json_each(?))`. */
export function rowsInOrder<R extends { id: string }>(db: Db, sql: string, ids: string[], ...extra: SqlValue[]): R[] {
  if (!ids.length) return [];
  const rows = db.prepare(sql).all(...extra, JSON.stringify(ids)) as R[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is R => r !== undefined);
}

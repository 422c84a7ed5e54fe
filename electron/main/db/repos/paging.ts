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

/**
 * Something the search box matches, case-insensitively by substring (as `lower(column) LIKE '%term%'`):
 * - a column of the query;
 * - a column with an FTS5 trigram index whose rowid is `rowid` (terms of 3+ characters read the index, and every
 *   hit is checked with the same LIKE, so the answer is exactly the LIKE's; shorter terms use the LIKE alone);
 * - rows whose `key` is the id of a row of `table` matching on `columns` (a small table, read by itself).
 */
export type SearchTarget =
  string | { column: string; trigramTable: string; rowid: string } | { key: string; table: string; columns: string[] };

export interface ListSpec<Q extends ListQueryBase> {
  /** The entity's table with its alias, e.g. `unit u`. */
  from: string;
  /** Joins, in order; each is added only when a search column, filter or sort of the query refers to its alias. */
  joins?: ListJoin[];
  /** Alias of the entity's table, e.g. `u`. */
  alias: string;
  /** What the search box matches. */
  search: SearchTarget[];
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

/** The trigram tokenizer indexes runs of three characters; a shorter term cannot be looked up in it. */
export const TRIGRAM = 3;

/** An FTS5 query for the term as one literal string (a phrase: with trigrams, a substring). */
export const ftsPhrase = (term: string): string => `"${term.replace(/"/g, '""')}"`;

/** The WHERE fragment and its values for a search term (already trimmed, non-empty). */
export function searchClause(targets: SearchTarget[], term: string): [string, SqlValue[]] {
  const lower = term.toLowerCase();
  const like = `%${escapeLike(lower)}%`;
  const likeOf = (column: string) => `lower(${column}) LIKE ? ESCAPE '\\'`;
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const target of targets) {
    if (typeof target === 'string') {
      parts.push(likeOf(target));
      params.push(like);
    } else if ('trigramTable' in target) {
      if ([...lower].length >= TRIGRAM) {
        parts.push(
          `(${target.rowid} IN (SELECT rowid FROM ${target.trigramTable} WHERE ${target.trigramTable} MATCH ?) AND ${likeOf(target.column)})`,
        );
        params.push(ftsPhrase(lower), like);
      } else {
        parts.push(likeOf(target.column));
        params.push(like);
      }
    } else {
      parts.push(`${target.key} IN (SELECT id FROM ${target.table} WHERE ${target.columns.map(likeOf).join(' OR ')})`);
      params.push(...target.columns.map(() => like));
    }
  }
  return [`(${parts.join(' OR ')})`, params];
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
    const [sql, values] = searchClause(spec.search, term);
    where.push(sql);
    params.push(...values);
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
  const ids = (
    db
      .prepare(`SELECT ${spec.alias}.id AS id FROM ${from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as { id: string }[]
  ).map((r) => r.id);
  return { ids, total, offset };
}

/** Rows for the given ids, returned in the ids' order. `sql` must select `id` and filter `id IN (SELECT value FROM json_each(?))`. */
export function rowsInOrder<R extends { id: string }>(db: Db, sql: string, ids: string[], ...extra: SqlValue[]): R[] {
  if (!ids.length) return [];
  const rows = db.prepare(sql).all(...extra, JSON.stringify(ids)) as R[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is R => r !== undefined);
}

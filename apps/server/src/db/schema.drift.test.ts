/**
 * The Drizzle table definitions (db/schema) against the database the SQL migrations build: every table
 * and column Drizzle knows exists with the same data type and nullability (read from information_schema),
 * on PGlite and on PostgreSQL (DATABASE_URL). The migrations are the truth; Drizzle must describe them.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql, is } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.ts';
import { openTestDatabase } from '../test/helpers.ts';

const database = await openTestDatabase();
after(() => database.close());

/** One spelling for a type, whichever side wrote it. */
function canonical(type: string): string {
  const t = type
    .toLowerCase()
    .replace(/\s*,\s*/g, ',')
    .replace(/\s+/g, ' ')
    .trim();
  const aliases: Record<string, string> = {
    serial: 'integer',
    int4: 'integer',
    bigserial: 'bigint',
    int8: 'bigint',
    smallserial: 'smallint',
    int2: 'smallint',
    bool: 'boolean',
    float8: 'double precision',
    float4: 'real',
    'timestamp with time zone': 'timestamptz',
    'timestamp without time zone': 'timestamp',
    'time without time zone': 'time',
    'time with time zone': 'timetz',
    'character varying': 'varchar',
    character: 'char',
  };
  const array = t.endsWith('[]');
  let base = array ? t.slice(0, -2) : t;
  base = base.replace(/^(timestamp|time) ?\(\d\)/, '$1'); // precision is not compared
  return (aliases[base] ?? base) + (array ? '[]' : '');
}

type DbColumn = {
  table_name: string;
  column_name: string;
  is_nullable: 'YES' | 'NO';
  data_type: string;
  udt_name: string;
  character_maximum_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
};

function dbType(c: DbColumn): string {
  if (c.data_type === 'ARRAY') return `${canonical(c.udt_name.replace(/^_/, ''))}[]`;
  if (c.data_type === 'USER-DEFINED') return canonical(c.udt_name);
  if (c.data_type === 'character varying' || c.data_type === 'character')
    return `${canonical(c.data_type)}${c.character_maximum_length ? `(${c.character_maximum_length})` : ''}`;
  if (c.data_type === 'numeric' && c.numeric_precision !== null) return `numeric(${c.numeric_precision},${c.numeric_scale ?? 0})`;
  return canonical(c.data_type);
}

test('the Drizzle tables match the tables the migrations build: columns, data types, nullability', async () => {
  const rows = (
    await database.db.execute<DbColumn>(sql`
      select table_name, column_name, is_nullable, data_type, udt_name, character_maximum_length, numeric_precision, numeric_scale
      from information_schema.columns where table_schema = current_schema()`)
  ).rows;
  const inDb = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r]));
  const tables = (Object.values(schema) as unknown[]).filter((x): x is PgTable => is(x, PgTable));
  assert.ok(tables.length > 20, `found ${tables.length} Drizzle tables`);
  const drifts: string[] = [];
  const known = new Set<string>();
  for (const table of tables) {
    const { name, columns } = getTableConfig(table);
    known.add(name);
    if (!rows.some((r) => r.table_name === name)) {
      drifts.push(`${name}: no such table`);
      continue;
    }
    for (const col of columns) {
      const key = `${name}.${col.name}`;
      const db = inDb.get(key);
      if (!db) {
        drifts.push(`${key}: no such column`);
        continue;
      }
      const [want, got] = [canonical(col.getSQLType()), dbType(db)];
      if (want !== got) drifts.push(`${key}: Drizzle ${want}, database ${got}`);
      if (col.notNull !== (db.is_nullable === 'NO'))
        drifts.push(
          `${key}: Drizzle ${col.notNull ? 'not null' : 'nullable'}, database ${db.is_nullable === 'NO' ? 'not null' : 'nullable'}`,
        );
    }
  }
  const described = new Set(tables.flatMap((table) => getTableConfig(table).columns.map((c) => `${getTableConfig(table).name}.${c.name}`)));
  for (const r of rows)
    if (known.has(r.table_name) && !described.has(`${r.table_name}.${r.column_name}`))
      drifts.push(`${r.table_name}.${r.column_name}: not in Drizzle`);
  assert.deepEqual(drifts, []);
  // Tables the migrations build that Drizzle does not describe (only bookkeeping may be missing).
  const undescribed = [...new Set(rows.map((r) => r.table_name))].filter((n) => !known.has(n)).sort();
  assert.deepEqual(undescribed, ['schema_migrations']);
});

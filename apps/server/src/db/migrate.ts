import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { SCHEMA_LOCK_KEY, type Database } from './client.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK = `select pg_advisory_xact_lock(${SCHEMA_LOCK_KEY});`;

/**
 * Applies the committed SQL migrations (db/migrations/NNNN_name.sql) in order, each in its own
 * transaction together with its schema_migrations row. An advisory lock keeps several app
 * instances that start at once from racing; a file already recorded is skipped.
 */
export async function migrate(database: Database): Promise<string[]> {
  await database.execScripts([
    LOCK,
    'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now());',
  ]);
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const file of files) {
    const text = await readFile(path.join(MIGRATIONS_DIR, file), 'utf8');
    const name = file.replace(/'/g, '');
    await database
      .execScripts([
        LOCK,
        // Re-checked under the lock: another instance may have applied it meanwhile.
        `do $m$ begin if exists (select 1 from schema_migrations where name = '${name}') then raise exception 'already-applied'; end if; end $m$;`,
        text,
        `insert into schema_migrations (name) values ('${name}');`,
      ])
      .then(
        () => applied.push(file),
        (err: Error) => {
          if (!String(err?.message).includes('already-applied')) throw err;
        },
      );
  }
  return applied;
}

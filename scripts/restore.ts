/**
 * npm run restore -- <file> — restores a backup (npm run backup, the nightly job) into an EMPTY
 * database: PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (a new, empty folder), then
 * applies the migrations this version has beyond the backup's. Prints the tables' row counts.
 */
import { loadConfig } from '../apps/server/src/config.ts';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { restoreBackup, tableDigests } from '../apps/server/src/db/backup.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run restore -- <backup file>   (target: DATABASE_URL, else an empty DATA_DIR)');
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const t0 = performance.now();
  await restoreBackup(database, file);
  const applied = await migrate(database);
  const rows = Object.fromEntries(Object.entries(await tableDigests(database)).map(([t, d]) => [t, d.rows]));
  console.log(
    JSON.stringify({
      restored: file,
      into: database.kind === 'pglite' ? config.dataDir : 'DATABASE_URL',
      ms: Math.round(performance.now() - t0),
      migrationsApplied: applied,
      rows,
    }),
  );
} catch (err) {
  console.error(`restore failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}

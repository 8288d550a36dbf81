/**
 * npm run backup [-- <file>] — one consistent logical dump of the database (PGlite in DATA_DIR, or
 * DATABASE_URL) into <file>, by default DATA_DIR/backups/huiwu-YYYYMMDD-HHMMSS.sql.gz. On PGlite the
 * server must be stopped (one process per data folder); while it runs, its nightly job backs up.
 */
import path from 'node:path';
import { loadConfig } from '../apps/server/src/config.ts';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { DataDirLockedError } from '../apps/server/src/db/data-lock.ts';
import { backupName, backupToFile } from '../apps/server/src/db/backup.ts';

const config = loadConfig();
const file = path.resolve(process.argv[2] ?? path.join(config.dataDir, 'backups', backupName(new Date())));
try {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const stats = await backupToFile(database, file);
    console.log(JSON.stringify({ file, source: database.kind, ...stats }));
  } finally {
    await database.close();
  }
} catch (err) {
  if (!(err instanceof DataDirLockedError)) throw err;
  console.error(
    `${err.message}\nThe running server writes a backup every night into ${path.join(config.dataDir, 'backups')} (BACKUP_AT, BACKUP_KEEP); for one now, stop it first.`,
  );
  process.exit(2);
}

/**
 * npm run move-to-postgres -- <postgres://…> — moves an embedded installation (PGlite in DATA_DIR)
 * to an EMPTY PostgreSQL database: a backup into DATA_DIR/backups, restored into PostgreSQL, then
 * every table's row count and row digest compared between the two. Stop the server first; the PGlite
 * folder is left as it was. Afterwards start the server with DATABASE_URL=<the same url>.
 */
import path from 'node:path';
import { loadConfig } from '../apps/server/src/config.ts';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { DataDirLockedError } from '../apps/server/src/db/data-lock.ts';
import { assertEmpty, backupName, backupToFile, restoreBackup, tableDigests } from '../apps/server/src/db/backup.ts';

const url = process.argv[2] ?? '';
if (!/^postgres(ql)?:\/\//.test(url)) {
  console.error(
    'usage: npm run move-to-postgres -- postgres://user:password@host:5432/database   (an empty database; DATA_DIR names the PGlite folder)',
  );
  process.exit(2);
}
const config = loadConfig();
let source;
try {
  source = await openDatabase({ dataDir: config.dataDir });
} catch (err) {
  if (!(err instanceof DataDirLockedError)) throw err;
  console.error(`${err.message}\nStop the server, then run this again.`);
  process.exit(2);
}
const target = await openDatabase({ databaseUrl: url, poolSize: 2 });
try {
  await assertEmpty(target);
  const file = path.join(config.dataDir, 'backups', backupName(new Date()));
  const dump = await backupToFile(source, file);
  console.log(JSON.stringify({ step: 'backup', file, ...dump }));
  await restoreBackup(target, file);
  const [from, to] = [await tableDigests(source), await tableDigests(target)];
  const differ = Object.keys({ ...from, ...to }).filter((t) => from[t]?.rows !== to[t]?.rows || from[t]?.md5 !== to[t]?.md5);
  for (const t of Object.keys(from))
    console.log(JSON.stringify({ table: t, pglite: from[t]!.rows, postgres: to[t]?.rows ?? null, same: !differ.includes(t) }));
  if (differ.length) {
    console.error(`the copy differs in: ${differ.join(', ')} — do not switch; the PGlite folder is unchanged`);
    process.exitCode = 1;
  } else {
    console.log(
      `moved: ${Object.values(from).reduce((s, d) => s + d.rows, 0)} rows in ${Object.keys(from).length} tables, identical. Start the server with DATABASE_URL=<that url>; keep ${config.dataDir} until you are satisfied.`,
    );
  }
} catch (err) {
  console.error(`move failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await target.close();
  await source.close();
}

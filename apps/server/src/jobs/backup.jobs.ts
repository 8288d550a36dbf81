/**
 * The nightly backup of the embedded database (issue 9): 'ops.backup' runs once a day at BACKUP_AT
 * (server local time; one job per day by uniqueKey, so several instances or restarts neither skip nor
 * double it), writes DATA_DIR/backups/huiwu-YYYYMMDD-HHMMSS.sql.gz and keeps the newest BACKUP_KEEP.
 * Only on PGlite: a PostgreSQL server is backed up by its own tools (pg_dump, base backups + WAL).
 * The dump reads one snapshot, which on PGlite holds the database for its duration: hence the night.
 */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { DbOrTx } from '../db/client.ts';
import { backupName, backupToFile, rotateBackups } from '../db/backup.ts';
import type { JobRunner } from './runner.ts';
import { every, scheduleNext, type Recurring } from './every.ts';

export const BACKUP_JOB = 'ops.backup';

/** The next HH:MM (local time) strictly after `now`. Pure. */
export function nextBackupAt(now: Date, at: string): Date {
  const [h, m] = at.split(':').map(Number);
  const next = new Date(now);
  next.setHours(h!, m!, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next;
}

/** One backup a night at `at`. */
export const nightlyBackups = (at: string): Recurring => ({ kind: BACKUP_JOB, next: (now) => nextBackupAt(now, at) });

export const scheduleNextBackup = (db: DbOrTx, now: Date, at: string) => scheduleNext(db, nightlyBackups(at), now);

export function backupDir(app: FastifyInstance) {
  return path.join(app.config.dataDir, 'backups');
}

/** Writes one backup into DATA_DIR/backups and rotates; returns the file and what was removed. */
export async function runBackup(app: FastifyInstance, now: Date) {
  const dir = backupDir(app);
  const file = path.join(dir, backupName(now));
  const stats = await backupToFile(app.database, file);
  const removed = await rotateBackups(dir, app.config.backupKeep);
  app.log.info({ file, ...stats, removed }, 'nightly backup written');
  return { file, stats, removed };
}

export function registerBackupJobs(runner: JobRunner, app: FastifyInstance) {
  const on = () => app.database.kind === 'pglite' && app.config.backupKeep > 0;
  every(runner, app, nightlyBackups(app.config.backupAt), (_db, now) => runBackup(app, now), on);
}

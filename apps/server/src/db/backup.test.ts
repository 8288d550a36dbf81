/**
 * Issue 9: a backup restores into a fresh PGlite AND into PostgreSQL with the same rows (counts and
 * row digests of every table, sequences included); values with line breaks, backslashes and quotes,
 * a case that names its parent case (a self-reference) and jsonb survive; rotation keeps the newest N.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from './client.ts';
import { migrate } from './migrate.ts';
import { backupName, backupToFile, oneLine, readBackup, restoreBackup, rotateBackups, tableDigests } from './backup.ts';
import { loadDemoData } from '../seed/bootstrap.ts';
import { scheduleJob } from '../jobs/runner.ts';
import { TestClock, uniq } from '../test/helpers.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { BACKUP_JOB, nextBackupAt, scheduleNextBackup } from '../jobs/backup.jobs.ts';

const url = process.env.DATABASE_URL;

/** A source database with the demo set and the awkward values. */
async function source(): Promise<Database> {
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
  const { propertyId } = await database.db.transaction((tx) => loadDemoData(tx));
  const db = database.db;
  const tricky = 'line one\nline two\r\n\\back\\slash \'quoted\' "double" -- huiwu:step\n-- huiwu:step';
  const now = new Date('2026-03-02T01:02:03.456Z');
  const [parent] = (
    await db.execute<{ id: string }>(sql`
    insert into cases (property_id, number, kind, channel, content, received_at, respond_due_at, resolve_due_at)
    values (${propertyId}, 'TS-2026-000001', 'complaint', 'phone', ${tricky}, ${now}, ${now}, ${now}) returning id`)
  ).rows;
  await db.execute(sql`
    insert into cases (property_id, number, kind, channel, content, received_at, respond_due_at, resolve_due_at, parent_case_id)
    values (${propertyId}, 'TS-2026-000002', 'complaint', 'phone', '重复投诉', ${now}, ${now}, ${now}, ${parent!.id})`);
  await scheduleJob(db, 'backup.test', { text: tricky, n: 1.5, list: [1, 'два'] });
  await scheduleJob(db, 'backup.test', { second: true });
  return database;
}

let src: Database;
before(async () => void (src = await source()));
after(async () => src.close());

test('backup → restore into a fresh PGlite (and PostgreSQL when DATABASE_URL is set) gives the same rows', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hy-backup-'));
  try {
    const file = path.join(dir, backupName(new Date()));
    const stats = await backupToFile(src, file);
    assert.ok(stats.rows > 100 && stats.tables > 50, JSON.stringify(stats));
    assert.ok(readdirSync(dir).every((f) => !f.endsWith('.partial')));
    const want = await tableDigests(src);
    assert.equal(want.cases!.rows, 2);
    assert.ok(want.venues!.rows > 10 && want.jobs!.rows === 2);

    const lite = await openDatabase({ dataDir: 'memory://' });
    try {
      await restoreBackup(lite, file);
      assert.deepEqual(await tableDigests(lite), want);
      assert.deepEqual(await migrate(lite), [], 'the backup carries every migration');
      // Sequences go on after the restored rows: the next job id is past the restored ones.
      const ids = (await lite.db.execute<{ id: number }>(sql`select id from jobs order by id`)).rows.map((r) => Number(r.id));
      const next = Number(
        (await lite.db.execute<{ id: number }>(sql`insert into jobs (kind, payload) values ('x', '{}') returning id`)).rows[0]!.id,
      );
      assert.ok(next > Math.max(...ids));
      // Restoring into a database that has tables is refused.
      await assert.rejects(restoreBackup(lite, file), /not empty/);
    } finally {
      await lite.close();
    }

    if (url) {
      const name = uniq('hy_restore_');
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${name}`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      const target = await openDatabase({ databaseUrl: u.toString(), poolSize: 2 });
      try {
        await restoreBackup(target, file);
        assert.deepEqual(await tableDigests(target), want);
      } finally {
        await target.close();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the nightly job writes DATA_DIR/backups, keeps BACKUP_KEEP and schedules the next night', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hy-nightly-'));
  const clock = new TestClock(new Date(2026, 2, 3, 3, 0, 5));
  const app = await buildApp({
    database: src,
    clock,
    config: { ...loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, BACKUP_KEEP: '2', BACKUP_AT: '03:00' }), webDist: null, jobs: false },
  });
  try {
    const backups = path.join(dir, 'backups');
    const old = ['huiwu-20260301-030000.sql.gz', 'huiwu-20260302-030000.sql.gz'];
    mkdirSync(backups, { recursive: true });
    for (const f of old) writeFileSync(path.join(backups, f), 'x');
    const id = await scheduleNextBackup(src.db, new Date(2026, 2, 2, 12), '03:00');
    assert.ok(id);
    assert.equal(await app.jobs.runDue(5, { ids: [id] }), 1);
    const [job] = (
      await src.db.execute<{ status: string; last_error: string | null }>(sql`select status, last_error from jobs where id = ${id}`)
    ).rows;
    assert.equal(job!.status, 'done', job!.last_error ?? '');
    const files = readdirSync(backups).sort();
    assert.deepEqual(files, [old[1], backupName(clock.now())]);
    assert.ok((await readBackup(path.join(backups, files[1]!))).some((s) => s.startsWith('insert into "venues"')));
    const next = (await src.db.execute<{ run_at: Date }>(sql`select run_at from jobs where kind = ${BACKUP_JOB} and status = 'queued'`))
      .rows;
    assert.deepEqual(
      next.map((r) => new Date(r.run_at).getTime()),
      [new Date(2026, 2, 4, 3, 0).getTime()],
    );
    assert.equal(nextBackupAt(new Date(2026, 2, 4, 2, 59), '03:00').getTime(), new Date(2026, 2, 4, 3, 0).getTime());
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a truncated backup is refused; literals with line breaks are written on one line', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hy-backup-'));
  try {
    const file = path.join(dir, 'cut.sql');
    writeFileSync(file, '-- huiwu-dump 1: x\n-- huiwu:step\nselect 1;\n');
    await assert.rejects(readBackup(file), /incomplete/);
    assert.equal(oneLine("'a\nb'"), "E'a\\nb'");
    assert.equal(oneLine("E'a\\\\b\r\n'"), "E'a\\\\b\\r\\n'");
    assert.equal(oneLine("'c:\\x\n'"), "E'c:\\\\x\\n'");
    assert.equal(oneLine("'plain'"), "'plain'");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('rotation keeps the newest N backups and leaves other files alone', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hy-rotate-'));
  try {
    const names = [
      'huiwu-20260101-030000.sql.gz',
      'huiwu-20260102-030000.sql.gz',
      'huiwu-20260103-030000.sql.gz',
      'huiwu-20260104-030000.sql.gz',
      'huiwu-20260105-030000.sql',
    ];
    for (const n of [...names, 'notes.txt']) writeFileSync(path.join(dir, n), 'x');
    assert.deepEqual(await rotateBackups(dir, 3), names.slice(0, 2));
    assert.deepEqual(readdirSync(dir).sort(), [...names.slice(2), 'notes.txt'].sort());
    assert.deepEqual(await rotateBackups(dir, 3), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

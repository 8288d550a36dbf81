/**
 * Issue 9: two instances starting at once on an empty PostgreSQL database. Before the bootstrap ran
 * under the migrations' advisory lock, both found no users and one crashed on the duplicate property
 * code. PostgreSQL only (on PGlite one process owns the data folder); runs in a database of its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { ensureInitialData } from './bootstrap.ts';
import { uniq } from '../test/helpers.ts';

const url = process.env.DATABASE_URL;

test(
  'two instances starting at once on an empty PostgreSQL database both start, with one demo property set',
  { skip: !url && 'PostgreSQL only' },
  async () => {
    const name = uniq('hy_boot_');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(url!);
    u.pathname = `/${name}`;
    const activity = process.env.DEMO_ACTIVITY;
    process.env.DEMO_ACTIVITY = '0'; // the demo activity runs after the property set; the race is on the set
    try {
      const start = async () => {
        const database = await openDatabase({ databaseUrl: u.toString(), poolSize: 4 });
        try {
          await migrate(database);
          const app = await buildApp({ database, config: { ...loadConfig({ NODE_ENV: 'development' }), webDist: null, jobs: false } });
          try {
            await ensureInitialData(app);
          } finally {
            await app.close();
          }
        } finally {
          await database.close();
        }
      };
      const results = await Promise.allSettled([start(), start(), start()]);
      assert.deepEqual(
        results.map((r) => (r.status === 'rejected' ? String(r.reason?.cause ?? r.reason) : 'ok')),
        ['ok', 'ok', 'ok'],
      );
      const c = new pg.Client({ connectionString: u.toString() });
      await c.connect();
      const { rows } = await c.query(`select code, count(*)::int n from properties group by code order by code`);
      const {
        rows: [users],
      } = await c.query(`select count(*)::int n from users where username = 'admin'`);
      await c.end();
      assert.deepEqual(rows, [
        { code: 'SMZX', n: 1 },
        { code: 'XZZX', n: 1 },
      ]);
      assert.equal(users.n, 1);
    } finally {
      if (activity === undefined) delete process.env.DEMO_ACTIVITY;
      else process.env.DEMO_ACTIVITY = activity;
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  },
);

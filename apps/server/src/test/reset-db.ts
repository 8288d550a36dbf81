// Gives the PostgreSQL test database (DATABASE_URL) a clean schema before the suite runs.
import pg from 'pg';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set');
const c = new pg.Client({ connectionString: url });
await c.connect();
await c.query('drop schema if exists public cascade; create schema public;');
await c.end();
const database = await openDatabase({ databaseUrl: url });
console.log('migrations applied:', (await migrate(database)).join(', '));
await database.close();

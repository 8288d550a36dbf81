import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { AsyncLocalStorage } from 'node:async_hooks';
import * as schema from './schema/index.ts';
import { lockDataDir, type LockOwner } from './data-lock.ts';

export type Schema = typeof schema;
/** One Drizzle type for both drivers: PGlite and node-postgres share the pg dialect. */
export type Db = NodePgDatabase<Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type NotifyListener = (channel: string, payload: string) => void;

/** Raw SQL inside Database.snapshot(): rows as plain objects. */
export type RawQuery = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/** The advisory lock key of schema changes and first-start data (migrations, bootstrap). */
export const SCHEMA_LOCK_KEY = 7260001;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Run raw SQL scripts (several statements each) in one transaction: migrations, maintenance. */
  execScripts(scripts: string[]): Promise<void>;
  /** Subscribe to Postgres LISTEN on a channel; returns an unsubscribe function. */
  listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Runs `fn` while holding the session advisory lock `key` on PostgreSQL, so several instances do
   * it one after another (first-start data). On PGlite only one process opens the data folder.
   */
  exclusive<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` in one read-only, repeatable-read transaction with raw SQL: a consistent dump. */
  snapshot<T>(fn: (query: RawQuery) => Promise<T>): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DbOptions {
  databaseUrl?: string;
  /** PGlite data folder; `memory://` for an in-memory database. */
  dataDir?: string;
  poolSize?: number;
  /** Told when the data folder's lock of a process that is no longer alive was taken over. */
  onStaleLock?: (owner: LockOwner) => void;
}

interface TxScope {
  callbacks: ((db: Db) => Promise<unknown>)[];
}
const txScope = new AsyncLocalStorage<TxScope>();

/**
 * Runs `fn` after the current transaction commits (dropped if it rolls back); outside a transaction
 * returns false so the caller acts at once. Used for live events: a NOTIFY inside the writing
 * transaction would serialise every such commit behind PostgreSQL's global notify lock.
 */
export function afterCommit(fn: (db: Db) => Promise<unknown>): boolean {
  const scope = txScope.getStore();
  if (!scope) return false;
  scope.callbacks.push(fn);
  return true;
}

/** Wraps db.transaction so that afterCommit callbacks run once the outermost transaction committed. */
function withAfterCommit(db: Db): Db {
  const original = db.transaction.bind(db);
  db.transaction = (async (fn: Parameters<Db['transaction']>[0], config?: Parameters<Db['transaction']>[1]) => {
    const scope: TxScope = { callbacks: [] };
    const result = await txScope.run(scope, () => original(fn, config));
    for (const cb of scope.callbacks) await cb(db).catch(() => {});
    return result;
  }) as Db['transaction'];
  return db;
}

const background = new AsyncLocalStorage<true>();

/** A turn of the event loop: the requests that arrived meanwhile start (and queue their queries) first. */
export const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs background work (a job). On PGlite every query and transaction of it outside a transaction
 * first yields a turn of the event loop: PGlite runs on this thread and its queries resolve without
 * one, so a job's loop of short transactions would otherwise hold off every request until it ends.
 * A request then waits for at most one unit of a job's work (issue 9); units must stay short.
 */
export function inBackground<T>(fn: () => Promise<T>): Promise<T> {
  return background.run(true, fn);
}

/** Wraps the PGlite client's query, exec and transaction with the background yield (see inBackground). */
function yieldingInBackground(client: PGlite) {
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const transaction = client.transaction.bind(client);
  client.query = (async (...args: Parameters<PGlite['query']>) => {
    if (background.getStore()) await yieldToRequests();
    return query(...args);
  }) as PGlite['query'];
  client.exec = (async (...args: Parameters<PGlite['exec']>) => {
    if (background.getStore()) await yieldToRequests();
    return exec(...args);
  }) as PGlite['exec'];
  client.transaction = (async (fn: Parameters<PGlite['transaction']>[0]) => {
    if (!background.getStore()) return transaction(fn);
    await yieldToRequests();
    // Inside the transaction no yield: it holds PGlite's lock, so a request could not run anyway.
    return background.exit(() => transaction(fn));
  }) as PGlite['transaction'];
}

export async function openDatabase(opts: DbOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  return openPglite(opts.dataDir ?? './data', opts.onStaleLock);
}

async function openPglite(dataDir: string, onStaleLock?: (owner: LockOwner) => void): Promise<Database> {
  // Before PGlite touches the files: a second process on the same folder is refused (data-lock.ts).
  const lock = dataDir.includes('://') ? null : lockDataDir(dataDir);
  if (lock?.tookOver) onStaleLock?.(lock.tookOver);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { extensions: { btree_gist, pg_trgm } });
  } catch (err) {
    lock?.release();
    throw err;
  }
  yieldingInBackground(client);
  const db = withAfterCommit(drizzlePglite(client, { schema }) as unknown as Db);
  return {
    kind: 'pglite',
    db,
    execScripts: async (scripts) => {
      await client.transaction(async (tx) => {
        for (const text of scripts) await tx.exec(text);
      });
    },
    listen: async (channel, fn) => {
      const unsub = await client.listen(channel, fn);
      return async () => unsub();
    },
    exclusive: async (_key, fn) => fn(),
    snapshot: async (fn) =>
      client.transaction(async (tx) => {
        await tx.exec('set transaction isolation level repeatable read read only');
        return fn(async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows);
      }),
    ping: async () => {
      await client.query('select 1');
      return true;
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Errors on idle clients must not crash the process.
  pool.on('error', () => {});
  const db = withAfterCommit(drizzlePg(pool, { schema }));
  let listener: pg.Client | null = null;
  const handlers = new Map<string, Set<(p: string) => void>>();
  async function ensureListener() {
    if (listener) return listener;
    listener = new pg.Client({ connectionString: url });
    listener.on('error', () => {});
    await listener.connect();
    listener.on('notification', (msg) => {
      handlers.get(msg.channel)?.forEach((h) => h(msg.payload ?? ''));
    });
    return listener;
  }
  return {
    kind: 'postgres',
    db,
    execScripts: async (scripts) => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        for (const text of scripts) await c.query(text);
        await c.query('COMMIT');
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        c.release();
      }
    },
    listen: async (channel, fn) => {
      const l = await ensureListener();
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await l.query(`LISTEN "${channel.replace(/"/g, '')}"`);
      }
      set.add(fn);
      return async () => {
        set!.delete(fn);
      };
    },
    exclusive: async (key, fn) => {
      // A session lock on a connection of its own: `fn` uses the pool (many transactions) meanwhile.
      const c = new pg.Client({ connectionString: url });
      c.on('error', () => {});
      await c.connect();
      try {
        await c.query('select pg_advisory_lock($1)', [key]);
        return await fn();
      } finally {
        await c.end().catch(() => {}); // ending the session releases the lock
      }
    },
    snapshot: async (fn) => {
      const c = await pool.connect();
      try {
        await c.query('begin isolation level repeatable read read only');
        const result = await fn(async <T>(text: string, params?: unknown[]) => (await c.query(text, params)).rows as T[]);
        await c.query('commit');
        return result;
      } catch (err) {
        await c.query('rollback').catch(() => {});
        throw err;
      } finally {
        c.release();
      }
    },
    ping: async () => {
      await pool.query('select 1');
      return true;
    },
    close: async () => {
      if (listener) await listener.end().catch(() => {});
      await pool.end();
    },
  };
}

/** SQLSTATE of a database error, whether wrapped by Drizzle or raw. */
export function sqlState(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  if (e?.cause && typeof e.cause.code === 'string') return e.cause.code;
  if (typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return undefined;
}

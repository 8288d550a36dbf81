import { loadConfig } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { DataDirLockedError } from './db/data-lock.ts';
import { migrate } from './db/migrate.ts';
import { buildApp } from './app.ts';
import { ensureInitialData } from './seed/bootstrap.ts';

const config = loadConfig();
const logger = { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] };

let database: Database;
try {
  database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onStaleLock: (owner) =>
      console.warn(
        `took over the stale lock of ${config.dataDir} (pid ${owner.pid} on ${owner.hostname}, since ${owner.startedAt}, is gone)`,
      ),
  });
} catch (err) {
  if (!(err instanceof DataDirLockedError)) throw err;
  console.error(err.message);
  process.exit(2);
}
const applied = await migrate(database);
const app = await buildApp({ database, config, logger });
if (applied.length) app.log.info({ applied }, 'migrations applied');
await ensureInitialData(app);
if (config.jobs) app.jobs.start();
await app.listen({ port: config.port, host: config.host });
app.log.info(
  `会务及客服服务管理系统 on http://localhost:${config.port} (${database.kind}${database.kind === 'pglite' ? ` in ${config.dataDir}` : ''})`,
);

/**
 * Graceful shutdown behind a load balancer: /readyz answers 503 at once; after SHUTDOWN_DELAY_MS
 * (the balancer's time to notice) the server stops accepting, the requests already accepted finish,
 * the running job ends its batch, the database closes (and the data folder's lock goes) and the
 * process exits 0 — or 1 once SHUTDOWN_TIMEOUT_MS after the signal has passed.
 */
let closing = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, async () => {
    if (closing) return;
    closing = true;
    app.draining = true;
    app.log.info({ sig, delayMs: config.shutdownDelayMs, timeoutMs: config.shutdownTimeoutMs }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown timed out: requests or a job still running');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    try {
      if (config.shutdownDelayMs) await new Promise((r) => setTimeout(r, config.shutdownDelayMs));
      await app.close();
      await database.close();
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
    app.log.info('stopped');
    process.exit(0);
  });
}

import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { buildApp } from './app.ts';
import { ensureInitialData } from './seed/bootstrap.ts';

const config = loadConfig();
const logger = { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] };

const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const applied = await migrate(database);
const app = await buildApp({ database, config, logger });
if (applied.length) app.log.info({ applied }, 'migrations applied');
await ensureInitialData(app);
if (config.jobs) app.jobs.start();
await app.listen({ port: config.port, host: config.host });
app.log.info(`会务及客服服务管理系统 on http://localhost:${config.port} (${database.kind}${database.kind === 'pglite' ? ` in ${config.dataDir}` : ''})`);

let closing = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, async () => {
    if (closing) return;
    closing = true;
    app.log.info({ sig }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await database.close();
    process.exit(0);
  });
}

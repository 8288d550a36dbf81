import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built web app, beside the server in the repository. */
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  production: boolean;
  /** Load the demo property and users into an empty database (never in production). */
  demo: boolean;
  webDist: string | null;
  jobs: boolean;
  logLevel: string;
  smtpUrl?: string;
  mailFrom: string;
  webhookUrl?: string;
  /** The address users reach the product at (links in QR codes, e-mails); else taken from the request. */
  publicUrl?: string;
  /** SIGTERM: keep serving this long with /readyz at 503 (a load balancer's notice), then stop accepting. */
  shutdownDelayMs: number;
  /** SIGTERM: exit at the latest this long after the signal, even if requests are still running. */
  shutdownTimeoutMs: number;
  /** Nightly embedded-database backups kept in DATA_DIR/backups (0: none). */
  backupKeep: number;
  /** Local time of the nightly backup, HH:MM. */
  backupAt: string;
  /**
   * The proxies allowed to set X-Forwarded-For / -Proto / -Host: false (none, the default) or their
   * addresses and CIDRs. Passed to Fastify's `trustProxy`; req.ip is the socket address otherwise.
   */
  trustProxy: false | string[];
}

/**
 * TRUST_PROXY: unset, '' or 'false' → false; '127.0.0.1,10.0.0.0/8' → those addresses (proxy-addr also
 * knows 'loopback', 'linklocal', 'uniquelocal'). `true` and hop counts are refused: Fastify 5.12 treats
 * a hop count as "trust nobody", and `true` lets every client forge its address.
 */
export function parseTrustProxy(value: string | undefined): Config['trustProxy'] {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false') return false;
  if (v === 'true' || /^\d+$/.test(v)) {
    throw new Error(`TRUST_PROXY=${v} is refused: name the proxies' addresses or CIDRs (e.g. TRUST_PROXY=127.0.0.1,10.0.0.0/8)`);
  }
  return v
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    production,
    demo: !production && env.DEMO_DATA !== '0',
    webDist: env.WEB_DIST === '' ? null : path.resolve(env.WEB_DIST ?? DEFAULT_WEB_DIST),
    jobs: env.JOBS !== '0',
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'info'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'huiwu@localhost',
    webhookUrl: env.WEBHOOK_URL || undefined,
    publicUrl: env.PUBLIC_URL || undefined,
    shutdownDelayMs: Math.max(0, Number(env.SHUTDOWN_DELAY_MS ?? 0) || 0),
    shutdownTimeoutMs: Math.max(1000, Number(env.SHUTDOWN_TIMEOUT_MS ?? 10_000) || 10_000),
    backupKeep: Math.max(0, Math.floor(Number(env.BACKUP_KEEP ?? 7) || 0)),
    backupAt: /^([01]\d|2[0-3]):[0-5]\d$/.test(env.BACKUP_AT ?? '') ? env.BACKUP_AT! : '03:00',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

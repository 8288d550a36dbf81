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
  };
}

import type { ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client.ts';

export const EVENTS_CHANNEL = 'hy_events';

/** What travels through LISTEN/NOTIFY: a notification for some users, or a live event for a property. */
export interface LiveMessage {
  type: 'notification' | 'event';
  topic: string;
  userIds?: string[];
  propertyId?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Publishes a live message with pg_notify inside the caller's transaction: it is delivered when
 * (and only if) the transaction commits, to every app instance listening.
 */
export async function publish(tx: DbOrTx, msg: LiveMessage) {
  let text = JSON.stringify(msg);
  if (text.length > 7000) text = JSON.stringify({ ...msg, data: { truncated: true } });
  await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${text})`);
}

interface Client { userId: string; propertyIds: Set<string>; res: ServerResponse }

/** Fans LISTEN/NOTIFY messages out to the Server-Sent-Events connections of this instance. */
export class NotificationHub {
  private clients = new Set<Client>();
  private unlisten: (() => Promise<void>) | null = null;
  private listening: Promise<void> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private database: Database) {}

  private ensureListening() {
    this.listening ??= this.database.listen(EVENTS_CHANNEL, (payload) => this.dispatch(payload)).then((u) => {
      this.unlisten = u;
      this.heartbeat = setInterval(() => this.broadcastRaw(': ping\n\n'), 25_000);
      this.heartbeat.unref();
    });
    return this.listening;
  }

  async subscribe(userId: string, propertyIds: string[], res: ServerResponse) {
    await this.ensureListening();
    const client: Client = { userId, propertyIds: new Set(propertyIds), res };
    this.clients.add(client);
    res.on('close', () => this.clients.delete(client));
    return client;
  }

  get size() {
    return this.clients.size;
  }

  private broadcastRaw(text: string) {
    for (const c of this.clients) c.res.write(text);
  }

  dispatch(payload: string) {
    let msg: LiveMessage;
    try {
      msg = JSON.parse(payload);
    } catch {
      return;
    }
    const frame = `event: ${msg.type}\ndata: ${JSON.stringify({ topic: msg.topic, propertyId: msg.propertyId ?? null, ...msg.data })}\n\n`;
    for (const c of this.clients) {
      const forUser = msg.userIds ? msg.userIds.includes(c.userId) : msg.propertyId ? c.propertyIds.has(msg.propertyId) : false;
      if (forUser) c.res.write(frame);
    }
  }

  async close() {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const c of this.clients) c.res.end();
    this.clients.clear();
    if (this.unlisten) await this.unlisten().catch(() => {});
  }
}

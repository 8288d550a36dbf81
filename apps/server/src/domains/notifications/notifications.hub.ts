import type { ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterCommit, type Database, type DbOrTx } from '../../db/client.ts';

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
 * Publishes a live message with pg_notify to every app instance listening. Called inside a write's
 * transaction, it is sent right after that transaction commits, and never if it rolls back.
 */
export async function publish(tx: DbOrTx, msg: LiveMessage) {
  const send = async (db: DbOrTx) => {
    for (const part of fitPayload(msg)) await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(part)})`);
  };
  // Sent once the write committed (never for a rolled-back one), outside the writing transaction.
  if (!afterCommit(send)) await send(tx);
}

/** pg_notify refuses payloads of 8000 bytes or more (bytes, not characters: 汉字 take 3 in UTF-8). */
const MAX_PAYLOAD_BYTES = 7000;
const size = (m: LiveMessage) => Buffer.byteLength(JSON.stringify(m), 'utf8');

/** The message as one or more payloads that pg_notify accepts: the data is dropped, then the recipients split. */
export function fitPayload(msg: LiveMessage): LiveMessage[] {
  if (size(msg) <= MAX_PAYLOAD_BYTES) return [msg];
  const slim: LiveMessage = { ...msg, topic: msg.topic.slice(0, 200), data: { truncated: true } };
  if (size(slim) <= MAX_PAYLOAD_BYTES || !slim.userIds?.length) return [slim];
  const perPart = Math.max(1, Math.floor((MAX_PAYLOAD_BYTES - size({ ...slim, userIds: [] })) / 40)); // a quoted uuid and a comma: 39 bytes
  const parts: LiveMessage[] = [];
  for (let i = 0; i < slim.userIds.length; i += perPart) parts.push({ ...slim, userIds: slim.userIds.slice(i, i + perPart) });
  return parts;
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
    // The connection may have gone while we waited for LISTEN: do not keep a dead client.
    if (res.destroyed || res.writableEnded) return client;
    this.clients.add(client);
    res.on('close', () => this.clients.delete(client));
    return client;
  }

  get size() {
    return this.clients.size;
  }

  private broadcastRaw(text: string) {
    for (const c of this.clients) this.write(c, text);
  }

  private write(c: Client, text: string) {
    if (c.res.destroyed || c.res.writableEnded) {
      this.clients.delete(c);
      return;
    }
    c.res.write(text);
  }

  dispatch(payload: string) {
    let msg: LiveMessage;
    try {
      msg = JSON.parse(payload);
    } catch {
      return;
    }
    if (!msg || (msg.type !== 'notification' && msg.type !== 'event')) return;
    // data first: it must not override the routing fields.
    const frame = `event: ${msg.type}\ndata: ${JSON.stringify({ ...msg.data, topic: msg.topic, propertyId: msg.propertyId ?? null })}\n\n`;
    for (const c of this.clients) {
      const forUser = msg.userIds ? msg.userIds.includes(c.userId) : msg.propertyId ? c.propertyIds.has(msg.propertyId) : false;
      if (forUser) this.write(c, frame);
    }
  }

  async close() {
    if (this.listening) await this.listening.catch(() => {});
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    for (const c of this.clients) c.res.end();
    this.clients.clear();
    const unlisten = this.unlisten;
    this.unlisten = null;
    if (unlisten) await unlisten().catch(() => {});
  }
}

import type { ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterCommit, type Database, type Db, type DbOrTx } from '../../db/client.ts';
import { type Actor, memberProperties } from '../../lib/context.ts';
import { actorOf, liveSessions } from '../identity/index.ts';

export const EVENTS_CHANNEL = 'hy_events';

/** The record a live event is about: the stream delivers it only to users who may read that record. */
export type LiveEntityType =
  | 'case'
  | 'work_order'
  | 'booking'
  | 'notice'
  | 'task'
  | 'incident'
  | 'lost_item'
  | 'executive_request'
  | 'visit'
  | 'mail_item'
  | 'message'
  | 'loan'
  | 'handover'
  | 'inspection_round'
  | 'inspection_finding'
  | 'tenant_application'
  | 'hygiene_inspection'
  | 'bc_slip'
  | 'bc_fax_in'
  | 'event';
export interface LiveEntity {
  type: LiveEntityType;
  id: string;
}

/** What travels through LISTEN/NOTIFY: a notification for some users, or a live event about one record of a property. */
export type LiveMessage =
  | { type: 'notification'; topic: string; userIds: string[]; propertyId?: string | null; data?: Record<string, unknown> }
  | { type: 'event'; topic: string; propertyId: string; entity: LiveEntity; data?: Record<string, unknown> };

/**
 * Decides who may read one record, for the live stream: given the record's id and the subscribers
 * who are members of the event's property, the predicate of the record's read policy (null: no such
 * record). One lookup of the record per event, whatever the number of subscribers.
 */
export type LiveReader = (db: Db, id: string, candidates: Actor[]) => Promise<((actor: Actor) => boolean) | null>;

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

/** The channel and pg_notify payloads of a live message, for a write that sends it in its own statement (sent when that commits). */
export const LIVE_CHANNEL = EVENTS_CHANNEL;
export const livePayloads = (msg: LiveMessage) => fitPayload(msg).map((m) => JSON.stringify(m));

/** publish() of many messages: one pg_notify statement for all of them (in their order), after the commit. */
export async function publishMany(tx: DbOrTx, msgs: LiveMessage[]) {
  const parts = msgs.flatMap(livePayloads);
  if (!parts.length) return;
  const send = async (db: DbOrTx) => {
    await db.execute(
      sql`select pg_notify(${EVENTS_CHANNEL}, p) from jsonb_array_elements_text(${JSON.stringify(parts)}::jsonb) with ordinality t(p, i) order by i`,
    );
  };
  if (!afterCommit(send)) await send(tx);
}

/** pg_notify refuses payloads of 8000 bytes or more (bytes, not characters: 汉字 take 3 in UTF-8). */
const MAX_PAYLOAD_BYTES = 7000;
const size = (m: LiveMessage) => Buffer.byteLength(JSON.stringify(m), 'utf8');

/** The message as one or more payloads that pg_notify accepts: the data is dropped, then the recipients split. */
export function fitPayload(msg: LiveMessage): LiveMessage[] {
  if (size(msg) <= MAX_PAYLOAD_BYTES) return [msg];
  const slim: LiveMessage = { ...msg, topic: msg.topic.slice(0, 200), data: { truncated: true } };
  if (size(slim) <= MAX_PAYLOAD_BYTES || slim.type !== 'notification' || !slim.userIds.length) return [slim];
  const perPart = Math.max(1, Math.floor((MAX_PAYLOAD_BYTES - size({ ...slim, userIds: [] })) / 40)); // a quoted uuid and a comma: 39 bytes
  const parts: LiveMessage[] = [];
  for (let i = 0; i < slim.userIds.length; i += perPart) parts.push({ ...slim, userIds: slim.userIds.slice(i, i + perPart) });
  return parts;
}

interface Client {
  actor: Actor;
  sessionId: string | null;
  res: ServerResponse;
}

/**
 * Fans LISTEN/NOTIFY messages out to the Server-Sent-Events connections of this instance. A
 * notification goes to the users it names. A live event goes to the subscribers who may read the
 * record it names, decided by that record's own read policy (the domain registers a LiveReader for
 * its entity type); an event naming no known record reaches nobody. Each subscriber's Actor is the
 * one its session had when the stream opened, re-read from the database at every heartbeat: a
 * disabled user's or an ended session's stream is closed, a changed role applies from then on.
 * Messages are handled one at a time, in the order they were committed.
 */
export class NotificationHub {
  private clients = new Set<Client>();
  private readers = new Map<LiveEntityType, LiveReader>();
  private unlisten: (() => Promise<void>) | null = null;
  private listening: Promise<void> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private queue: Promise<void> = Promise.resolve();
  private now: () => Date = () => new Date();

  constructor(private database: Database) {}

  /** The clock sessions are checked against (the app's). */
  useClock(now: () => Date) {
    this.now = now;
  }

  /** A domain names who may read its records of one entity type. */
  registerReader(type: LiveEntityType, reader: LiveReader) {
    this.readers.set(type, reader);
  }

  /** Whether one actor may read the record (files served with a record obey the record's read policy). */
  async mayRead(type: string, id: string, actor: Actor): Promise<boolean> {
    const reader = this.readers.get(type as LiveEntityType);
    const mayRead = reader ? await reader(this.database.db, id, [actor]) : null;
    return !!mayRead && mayRead(actor);
  }

  private ensureListening() {
    this.listening ??= this.database
      .listen(EVENTS_CHANNEL, (payload) => void this.dispatch(payload))
      .then((u) => {
        this.unlisten = u;
        this.heartbeat = setInterval(() => {
          this.broadcastRaw(': ping\n\n');
          void this.refresh();
        }, 25_000);
        this.heartbeat.unref();
      });
    return this.listening;
  }

  /** Opens a stream for the signed-in actor of a session (null: no session to re-check, e.g. a test). */
  async subscribe(actor: Actor, sessionId: string | null, res: ServerResponse) {
    await this.ensureListening();
    const client: Client = { actor, sessionId, res };
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

  /** Handles one LISTEN/NOTIFY payload (after those before it); resolves once it was delivered. */
  dispatch(payload: string): Promise<void> {
    this.queue = this.queue.then(() => this.deliver(payload)).catch(() => {});
    return this.queue;
  }

  /** Re-reads every stream's session and actor (after the messages before it): ended ones close. */
  refresh(): Promise<void> {
    this.queue = this.queue.then(() => this.revalidate()).catch(() => {});
    return this.queue;
  }

  private async revalidate() {
    const list = [...this.clients].filter((c) => c.sessionId !== null);
    if (!list.length) return;
    const live = await liveSessions(this.database.db, [...new Set(list.map((c) => c.sessionId!))], this.now());
    for (const c of list) {
      const s = live.get(c.sessionId!);
      if (s && s.user.id === c.actor.id) {
        c.actor = actorOf(s.user, s.roles);
        continue;
      }
      this.clients.delete(c);
      c.res.end();
    }
  }

  private async deliver(payload: string) {
    let msg: LiveMessage;
    try {
      msg = JSON.parse(payload);
    } catch {
      return;
    }
    if (!msg || (msg.type !== 'notification' && msg.type !== 'event')) return;
    // data first: it must not override the routing fields.
    const frame = `event: ${msg.type}\ndata: ${JSON.stringify({ ...msg.data, topic: msg.topic, propertyId: msg.propertyId ?? null })}\n\n`;
    if (msg.type === 'notification') {
      const to = new Set(msg.userIds ?? []);
      for (const c of this.clients) if (to.has(c.actor.id)) this.write(c, frame);
      return;
    }
    const { propertyId, entity } = msg;
    const reader = entity && typeof entity.id === 'string' ? this.readers.get(entity.type) : undefined;
    if (!propertyId || !reader) return;
    const candidates = [...this.clients].filter((c) => memberProperties(c.actor).includes(propertyId));
    if (!candidates.length) return;
    const mayRead = await reader(this.database.db, entity.id, [...new Set(candidates.map((c) => c.actor))]);
    if (!mayRead) return;
    for (const c of candidates) if (this.clients.has(c) && mayRead(c.actor)) this.write(c, frame);
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

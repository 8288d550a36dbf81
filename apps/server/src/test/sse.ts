/** Test support for the live stream: read Server-Sent Events from the real /notifications/stream route. */
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { login } from './helpers.ts';

/** Reads Server-Sent Events from a fetch response. */
export class EventReader {
  private buffer = '';
  readonly events: { event: string; data: any }[] = [];
  private waiters: (() => void)[] = [];
  private done: Promise<void>;
  constructor(body: ReadableStream<Uint8Array>) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    this.done = (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          this.buffer += decoder.decode(value, { stream: true });
          let i;
          while ((i = this.buffer.indexOf('\n\n')) >= 0) {
            const frame = this.buffer.slice(0, i);
            this.buffer = this.buffer.slice(i + 2);
            const event = /^event: (.*)$/m.exec(frame)?.[1];
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (event) this.events.push({ event, data: data ? JSON.parse(data) : null });
            this.waiters.splice(0).forEach((w) => w());
          }
        }
      } catch {
        // aborted
      }
    })();
  }
  /** Resolves when the server ends the stream (or it is aborted). */
  get finished() {
    return this.done;
  }
  /** Waits (up to timeoutMs) for an event matching the predicate. */
  async next(pred: (e: { event: string; data: any }) => boolean, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(pred);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

/** Signs the user in and opens their event stream; resolves once it is ready. */
export async function openStream(app: FastifyInstance, base: string, user: { username: string; password: string }) {
  const s = await login(app, user);
  const controller = new AbortController();
  const res = await fetch(`${base}/api/v1/notifications/stream`, {
    headers: { cookie: s.cookie, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
  const reader = new EventReader(res.body!);
  await reader.next((e) => e.event === 'ready');
  return { reader, abort: () => controller.abort() };
}

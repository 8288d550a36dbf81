/**
 * Live updates: one Server-Sent Events stream per signed-in tab (opened by the shell) and one hook
 * that refetches the queries an event names. The server only sends a user the events of records they
 * may read, so a page may trust what arrives.
 */
import { useEffect, useRef } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';

/** What the server sends for a change: the topic ('case.updated', 'meetings.task.completed' …) and where. */
export interface LiveEvent {
  topic: string;
  propertyId?: string | null;
  [field: string]: unknown;
}
/** A pushed notification (the bell shows it). */
export interface LiveNotification {
  propertyId?: string | null;
  messageKey?: string | null;
  params?: Record<string, unknown> | null;
  title: string;
  body?: string | null;
  severity?: 'info' | 'warning' | 'critical';
}

const LIVE = 'hy:live';

/**
 * Opens the stream and re-broadcasts record events inside the tab; `onNotification` gets the pushed
 * notifications. Mount once (the shell does); the stream closes on unmount.
 */
export function useLiveStream(onNotification: (n: LiveNotification) => void) {
  const latest = useRef(onNotification);
  latest.current = onNotification;
  useEffect(() => {
    const es = new EventSource('/api/v1/notifications/stream');
    es.addEventListener('notification', (ev) => latest.current(JSON.parse((ev as MessageEvent).data) as LiveNotification));
    es.addEventListener('event', (ev) => {
      window.dispatchEvent(new CustomEvent<LiveEvent>(LIVE, { detail: JSON.parse((ev as MessageEvent).data) as LiveEvent }));
    });
    return () => es.close();
  }, []);
}

/** Calls `on` for every record event whose topic starts with one of `prefixes` (and, given a property, of that property). */
export function useLiveEvents(prefixes: readonly string[], propertyId: string | null | undefined, on: (e: LiveEvent) => void) {
  const latest = useRef(on);
  latest.current = on;
  const key = prefixes.join('|');
  useEffect(() => {
    const list = key.split('|');
    const handler = (ev: Event) => {
      const d = (ev as CustomEvent<LiveEvent>).detail;
      if (!d?.topic || !list.some((p) => d.topic.startsWith(p))) return;
      if (d.propertyId && propertyId && d.propertyId !== propertyId) return;
      latest.current(d);
    };
    window.addEventListener(LIVE, handler);
    return () => window.removeEventListener(LIVE, handler);
  }, [key, propertyId]);
}

/** Refetches every query under `keys` when an event with one of `prefixes` arrives for this property. */
export function useLive(prefixes: readonly string[], keys: readonly QueryKey[], propertyId: string | null | undefined) {
  const qc = useQueryClient();
  useLiveEvents(prefixes, propertyId, () => {
    for (const queryKey of keys) void qc.invalidateQueries({ queryKey });
  });
}

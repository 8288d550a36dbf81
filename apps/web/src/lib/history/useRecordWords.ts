/**
 * The one formatter of record histories and the audit log: actions and fields in the reader's
 * language, values as people read them — times in the property's zone, money in 元, people and
 * records by name (from the `names` the server sends along), coded values translated — never raw
 * keys, ISO strings or UUIDs.
 */
import { useTranslation } from 'react-i18next';
import { money, ROLE_LABELS } from '@hy/contracts';
import { roleLabel } from '../../i18n';
import { useDateTime } from '../format';
import { FIELD_WORDS_ZH } from './fieldWords';
import { historyI18n } from './i18n';

const ENTITIES = new Set(Object.keys(historyI18n['zh-CN'].entities));
const VERBS = new Set(Object.keys(historyI18n['zh-CN'].verbs));
const FIELDS = new Set(Object.keys(historyI18n['zh-CN'].fields));
const VALUES = new Set(Object.keys(historyI18n['zh-CN'].values));
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_IN = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/g;
/** A coded value (snake_case), as the server stores enums. */
export const CODE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Bookkeeping columns nobody needs to read in a history. */
export const QUIET_FIELDS = new Set(['id', 'propertyId', 'createdAt', 'updatedAt', 'version', 'searchText', 'passwordHash', 'csrfToken']);

const words = (field: string) => field.split(/(?=[A-Z])|_/).map((w) => w.toLowerCase());
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function useRecordWords(names: Record<string, string> = {}) {
  const { t, i18n } = useTranslation('history');
  const en = i18n.language === 'en-US';
  const dateTime = useDateTime();

  const entity = (type: string) =>
    ENTITIES.has(type)
      ? t(`history:entities.${type}`)
      : en
        ? capital(words(type).join(' '))
        : words(type)
            .map((w) => FIELD_WORDS_ZH[w] ?? w)
            .join('');

  /** 'work_order.completed' → 派工单已完成 / Work order completed; 'case.sla.respond_breach' → 案件已超过响应时限. */
  const action = (a: string) => {
    const parts = a.split('.');
    const verb = parts[parts.length - 1]!;
    const v = VERBS.has(verb)
      ? t(`history:verbs.${verb}`)
      : en
        ? words(verb).join(' ')
        : words(verb)
            .map((w) => FIELD_WORDS_ZH[w] ?? w)
            .join('');
    return t('history:action', { entity: entity(parts[0]!), verb: v });
  };

  /** approvedAt → 审批时间 / Approved at (a listed label first, else its words). */
  const field = (f: string) => {
    if (FIELDS.has(f)) return t(`history:fields.${f}`);
    let w = words(f);
    if (w.length > 1 && (w[w.length - 1] === 'id' || w[w.length - 1] === 'fen')) w = w.slice(0, -1);
    if (w.length > 1 && w[w.length - 1] === 'ids') w = w.slice(0, -1);
    return en ? capital(w.join(' ')) : w.map((x) => FIELD_WORDS_ZH[x] ?? x).join('');
  };

  const code = (v: string) => (VALUES.has(v) ? t(`history:values.${v}`) : null);
  const verbOrCode = (v: string) => (VERBS.has(v) ? t(`history:verbs.${v}`) : v);

  /** A recorded value, given the field it belongs to. */
  const value = (f: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return v ? t('history:yes') : t('history:no');
    if (typeof v === 'number') return /Fen$/.test(f) ? money(v) : String(v);
    if (typeof v === 'string') {
      if (ISO.test(v)) return dateTime(v);
      if (UUID.test(v)) return names[v.toLowerCase()] ?? t('history:otherRecord');
      if (f === 'role' || f === 'roles' || Object.hasOwn(ROLE_LABELS, v)) return roleLabel(v, i18n.language);
      // 'resolve_breach:2026-11-27T02:32:00.000Z' → 已超过处理时限 2026-11-27 10:32
      if (v.search(ISO_IN) >= 0)
        return v.replace(ISO_IN, (iso) => dateTime(iso)).replace(/^([a-z_]+):/, (_, c: string) => `${code(c) ?? verbOrCode(c)} `);
      return code(v) ?? (CODE.test(v) && VERBS.has(v) ? t(`history:verbs.${v}`) : v);
    }
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x !== 'object' || x === null)) return v.map((x) => value(f, x)).join(en ? ', ' : '、') || '—';
      return t('history:items', { count: v.length });
    }
    if (typeof v === 'object')
      return Object.entries(v as Record<string, unknown>)
        .filter(([k]) => !QUIET_FIELDS.has(k))
        .slice(0, 6)
        .map(([k, x]) => `${field(k)}: ${typeof x === 'object' && x !== null ? '…' : value(k, x)}`)
        .join(en ? '; ' : '；');
    return String(v);
  };

  /**
   * A record as people know it: its name or number; a composite reference ('rate:<property>:2026Q3',
   * '<property>:repair') part by part in words; else 'another record' — never a UUID or a fragment of one.
   */
  const record = (id: string) => {
    const named = names[id.toLowerCase()];
    if (named) return named;
    if (UUID.test(id)) return t('history:otherRecord');
    return id
      .split(':')
      .map((p) => (UUID.test(p) ? (names[p.toLowerCase()] ?? t('history:otherRecord')) : CODE.test(p) ? (code(p) ?? p) : p))
      .join(' · ');
  };

  /** Who did it: their name, or 系统 / System for the jobs. */
  const actor = (name: string | null | undefined) => (!name || name === 'system' ? t('history:system') : name);

  return { entity, action, field, value, record, actor, dateTime };
}

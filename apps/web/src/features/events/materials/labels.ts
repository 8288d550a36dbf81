/** Shared words of the materials pages: the quantity's match text ("贵宾 6 人 · 每人 1 套，另备 2") and yuan. */
import type { TFunction } from 'i18next';
import type { EventMaterialLine } from '@hy/contracts';

export function matchText(t: TFunction, l: EventMaterialLine): string | null {
  if (l.basis === 'fixed' || l.basisCount === null) return null;
  const per = l.basis === 'sessions' ? t('sessionWord') : t('people');
  const s = t('match', { who: t(`basisShort.${l.basis}`), n: l.basisCount, unitWord: per, each: per, per: l.perUnit, unit: l.unit });
  return l.spare ? s + t('matchSpare', { spare: l.spare }) : s;
}

export const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const STATUS_COLOR: Record<string, string> = { needed: 'default', ready: 'blue', placed: 'green', returned: 'purple' };

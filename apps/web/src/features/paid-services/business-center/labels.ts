/** Shared words of the business center: what a slip did in one line, state colours. */
import type { TFunction } from 'i18next';
import type { BcFaxState, BcSlip, BcSlipState } from '@hy/contracts';

export const SLIP_STATE_COLOR: Record<BcSlipState, string> = { open: 'blue', finished: 'gold', signed: 'green', voided: 'default' };
export const FAX_STATE_COLOR: Record<BcFaxState, string> = { waiting: 'blue', unknown: 'red', collected: 'green', filed: 'default' };

/** "发传真 010-… 国内长途 3 页" — what was done. */
export function slipContent(t: TFunction, s: Pick<BcSlip, 'details'>) {
  const d = s.details;
  const pages = t('fax.pagesN', { n: d.pages });
  if (d.kind === 'fax_out')
    return `${t('kind.fax_out')} ${d.faxNumber} ${t(`zone.${d.zone}`)} ${pages}${d.minutes ? ` ${d.minutes}${t('field.minutes')}` : ''}${d.errorPages ? `（${t('slip.resent', { n: d.errorPages })}）` : ''}`;
  if (d.kind === 'typing') return `${t('kind.typing')} ${t(`lang.${d.language}`)} ${pages}${d.format ? ` · ${d.format}` : ''}`;
  return `${t('kind.copying')} ${d.size} ${t(`sides.${d.sides}`)} ${pages} × ${d.copies}`;
}

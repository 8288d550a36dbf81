/**
 * Pure rules of the business center (T5): the default price list, a slip's price from the list, the slip
 * numbers (FW-YYYYMM-NNNN, per property and month), when a fax nobody collects is filed, what a slip allows.
 */
import type { BcFaxSituation, BcFaxState, BcPrices, BcSlipDetails, BcSlipState } from '@hy/contracts';

/** The list a property starts with until the supervisor sets its own (fen). */
export const DEFAULT_PRICES: BcPrices = {
  fax: {
    local: { basis: 'page', fen: 200 },
    domestic: { basis: 'page', fen: 500 },
    hkmt: { basis: 'minute', fen: 1000 },
    international: { basis: 'minute', fen: 1500 },
  },
  typing: { zh: 1000, en: 800 },
  copying: { A4: { single: 50, double: 80 }, A3: { single: 100, double: 150 } },
};

/** The price of a slip: fax by zone per page or per (started) minute, resent error pages free; typing per page by
 * language; copying per page and copy by size and sides. */
export function slipAmount(d: BcSlipDetails, prices: BcPrices): number {
  switch (d.kind) {
    case 'fax_out': {
      const p = prices.fax[d.zone];
      return p.basis === 'page' ? d.pages * p.fen : Math.max(1, d.minutes) * p.fen;
    }
    case 'typing':
      return d.pages * prices.typing[d.language];
    case 'copying':
      return d.pages * d.copies * prices.copying[d.size][d.sides];
  }
}

/** Pages a slip counts in its register (a fax's resent pages are not counted twice). */
export const slipPages = (d: BcSlipDetails) => (d.kind === 'copying' ? d.pages * d.copies : d.pages);

/** FW-YYYYMM-NNNN; the sequence restarts each month. */
export const slipNumber = (yyyymm: string, seq: number) => `FW-${yyyymm}-${String(seq).padStart(4, '0')}`;

/** The next sequence after the month's last number (null: the first of the month). */
export function nextSeq(last: string | null): number {
  const m = last?.match(/^FW-\d{6}-(\d+)$/);
  return m ? Number(m[1]) + 1 : 1;
}

const DAY = 24 * 3600_000;

/** When a fax received is filed if nobody is found: a 待查 fax, or one for a company that moved out, the set days
 * after it came in; others never (null). */
export function faxFileDueAt(f: { state: BcFaxState; situation: BcFaxSituation; receivedAt: Date }, days: number): Date | null {
  const filable = f.state === 'unknown' || (f.state === 'waiting' && f.situation === 'moved_out');
  return filable ? new Date(f.receivedAt.getTime() + days * DAY) : null;
}

export function faxFilingDue(f: { state: BcFaxState; situation: BcFaxSituation; receivedAt: Date }, now: Date, days: number) {
  const due = faxFileDueAt(f, days);
  return !!due && due.getTime() <= now.getTime();
}

/** What a slip allows in its state (the permission checks are the service's). */
export function slipPolicies(s: { state: BcSlipState; handoverAt: Date | null; takenOverAt: Date | null }) {
  const open = s.state === 'open';
  const waitingHandover = open && !!s.handoverAt && !s.takenOverAt;
  return {
    finish: open,
    sign: s.state === 'finished',
    handover: open && !waitingHandover,
    takeOver: waitingHandover,
    void: s.state !== 'voided',
  };
}

/** A register covers one day to a year. */
export const registerRangeOk = (from: string, to: string) => from <= to && Date.parse(to) - Date.parse(from) <= 366 * DAY;

/** One copy of 《工程维修派工单》 as printed: the order's fields, the three signature lines, the footer. */
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CaseDetail, WorkOrderWithCase } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';

export const COPIES = ['cs', 'engineering', 'customer'] as const;

/** What the sheet shows beyond the work order: the case, the issuer, the reporting department and the place. */
export interface SheetFacts {
  propertyName: string;
  c: CaseDetail | undefined;
  issuer: string;
  dept: string;
  place: string;
}

export function WorkOrderSheet({
  w,
  copy,
  n,
  facts,
}: {
  w: WorkOrderWithCase;
  copy: (typeof COPIES)[number];
  n: number;
  facts: SheetFacts;
}) {
  const { t } = useTranslation('cases');
  const { c, issuer, dept, place } = facts;
  const urg = t(`urgency.${w.urgency}`);
  const inZone = useDateTime();
  return (
    <section className="wo-sheet" data-testid="wo-sheet">
      {w.status === 'voided' && <div className="wo-void-stamp">{t('print.voidStamp')}</div>}
      <div className="wo-head">
        <div className="wo-org">{facts.propertyName}</div>
        <h1>{t('print.title')}</h1>
        <div className="wo-meta">
          <span>
            {t('print.no')}：<b data-testid="wo-print-number">{w.number}</b>
          </span>
          <span className="wo-copy">
            {t('print.copyN', { n })} · {t(`print.copy.${copy}`)}
          </span>
        </div>
      </div>
      <table className="wo-table">
        <tbody>
          <tr>
            <th>{t('print.paidFree')}</th>
            <td>
              <span className="box">{w.paid ? '☑' : '☐'}</span>
              {t('wo.paid')} <span className="box">{w.paid ? '☐' : '☑'}</span>
              {t('wo.free')}
            </td>
            <th>{t('print.urgency')}</th>
            <td>
              {(['urgent', 'normal', 'low'] as const).map((u) => (
                <span key={u} style={{ marginRight: 8 }}>
                  <span className="box">{w.urgency === u ? '☑' : '☐'}</span>
                  {t(`urgency.${u}`)}
                </span>
              ))}
            </td>
          </tr>
          <tr>
            <th>{t('print.customer')}</th>
            <td>{w.customerName ?? ''}</td>
            <th>{t('print.phone')}</th>
            <td>{w.contactPhone ?? ''}</td>
          </tr>
          <tr>
            <th>{t('print.reportingDepartment')}</th>
            <td>{dept}</td>
            <th>{t('print.reporter')}</th>
            <td>{w.reporterName ?? ''}</td>
          </tr>
          <tr>
            <th>{t('print.place')}</th>
            <td colSpan={3}>{place}</td>
          </tr>
          <tr>
            <th>{t('print.content')}</th>
            <td colSpan={3} className="tall">
              {c?.content ?? ''}
            </td>
          </tr>
          <tr>
            <th>{t('print.workContent')}</th>
            <td colSpan={3} className="tall">
              {w.content}
            </td>
          </tr>
          <tr>
            <th>{t('print.workDone')}</th>
            <td colSpan={3} className="tall">
              {w.workDone ?? ''}
              {w.materials.length > 0 && (
                <div className="mat">
                  {t('print.materials')}：{w.materials.map((m) => `${m.name}×${m.qty}${m.unit ?? ''}`).join('，')}
                </div>
              )}
            </td>
          </tr>
          <tr>
            <th>{t('print.issuer')}</th>
            <td>{issuer}</td>
            <th>{t('print.issuedAt')}</th>
            <td>{dayjs(w.issuedAt).format('YYYY年MM月DD日 HH:mm')}</td>
          </tr>
          <tr>
            <th>{t('print.case')}</th>
            <td>{w.caseNumber ?? c?.number ?? ''}</td>
            <th>{t('print.urgencyLevel')}</th>
            <td>{urg}</td>
          </tr>
        </tbody>
      </table>
      <div className="wo-signs">
        <div>
          {t('print.signEngineer')}：<span className="line" />
          {t('print.date')}：<span className="line short" />
        </div>
        <div className="wo-sign-customer">
          {t('print.signCustomer')}：
          {w.signature ? (
            <span className="wo-signature" data-testid="wo-print-signature">
              <img src={w.signature.url} alt={w.signature.signerName ?? ''} />
              <span>
                {w.signature.signerName} · {t('print.signedAt')} {inZone(w.signature.signedAt)}
              </span>
            </span>
          ) : (
            <>
              <span className="line">{w.signedByName ?? ''}</span>
              {t('print.date')}：<span className="line short">{w.signedAt ? inZone(w.signedAt).slice(0, 10) : ''}</span>
            </>
          )}
        </div>
        <div>
          {t('print.signReturn')}：<span className="line">{w.returnedAt ? ' ' : ''}</span>
          {t('print.date')}：<span className="line short">{w.returnedAt ? dayjs(w.returnedAt).format('YYYY-MM-DD') : ''}</span>
        </div>
      </div>
      <div className="wo-foot">{t('print.footer')}</div>
    </section>
  );
}

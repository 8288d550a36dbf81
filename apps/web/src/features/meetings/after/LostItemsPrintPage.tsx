/**
 * /service-notices/:id/lost-items/print — the printable 《拾遗物品登记表》 of one meeting (A4 landscape): each
 * item with its photos and, when handed back, who took it, their ID and the signature drawn on the screen
 * (signer and time) or, on older rows, the typed name.
 */
import { Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { afterQuery, noticeQuery } from '../api';
import { fmtAt } from '../labels';
import { LostStatusTag } from './LostStatusTag';
import '../notices/print.css';
import './lost-print.css';

export default function LostItemsPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const { property } = useSession();
  const tz = property?.timeZone ?? 'Asia/Shanghai';
  const nq = useQuery(noticeQuery(id));
  const aq = useQuery({ ...afterQuery(id), enabled: !!id });
  if (nq.isLoading || aq.isLoading)
    return (
      <div style={{ padding: 80, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  if (!nq.data || !aq.data) return <Result status="404" title={t('detail.notFound')} />;
  const n = nq.data;
  return (
    <div className="mt-print-root">
      <style>{'@media print { @page { size: A4 landscape; margin: 10mm; } }'}</style>
      <div className="no-print mt-print-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate(`/service-notices/${n.id}?tab=after`)}>
            {t('lost.printBack')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('print.print')}
          </Button>
        </Space>
      </div>
      <section className="mt-sheet mt-lost-sheet" data-testid="lost-print-sheet">
        <div className="mt-p-head">
          <div className="mt-p-org">{property?.name ?? ''}</div>
          <h1>{t('lost.printTitle')}</h1>
          <div className="mt-p-sub">{t('lost.printMeeting', { name: n.content.meetingName, number: n.number })}</div>
        </div>
        <table className="mt-p-table mt-lost-table">
          <thead>
            <tr>
              <th>{t('lost.number')}</th>
              <th>{t('lost.item')}</th>
              <th>{t('lost.found')}</th>
              <th>{t('lost.storedPlace')}</th>
              <th>{t('lost.statusCol')}</th>
              <th>{t('lost.handedTo')}</th>
              <th>{t('lost.ownerSignature')}</th>
            </tr>
          </thead>
          <tbody>
            {aq.data.lostItems.map((l) => (
              <tr key={l.id} data-testid="lost-print-row">
                <td>{l.number}</td>
                <td>
                  {l.item}
                  {l.description && <div className="small">{l.description}</div>}
                  {l.photos.length > 0 && (
                    <div className="mt-lost-photos">
                      {l.photos.map((p) => (
                        <img key={p.id} src={p.thumbUrl ?? p.url} alt={p.name} />
                      ))}
                    </div>
                  )}
                </td>
                <td>
                  {l.foundPlace}
                  <div className="small">
                    {fmtAt(l.foundAt, tz)} · {l.foundBy}
                  </div>
                </td>
                <td>{l.storedPlace ?? ''}</td>
                <td>
                  <LostStatusTag status={l.status} />
                </td>
                <td>
                  {l.handedTo ?? ''}
                  {l.ownerIdNumber && <div className="small">{t('lost.idNumber', { id: l.ownerIdNumber })}</div>}
                  {l.returnedAt && <div className="small">{fmtAt(l.returnedAt, tz)}</div>}
                </td>
                <td>
                  {l.signature ? (
                    <figure className="mt-lost-sign" data-testid="lost-print-signature">
                      <img src={l.signature.url} alt={l.signature.signerName ?? ''} />
                      <figcaption className="small">
                        {l.signature.signerName} · {fmtAt(l.signature.signedAt, tz)}
                      </figcaption>
                    </figure>
                  ) : (
                    (l.ownerSignature ?? '')
                  )}
                </td>
              </tr>
            ))}
            {!aq.data.lostItems.length && (
              <tr>
                <td colSpan={7}>{t('lost.none')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
    </div>
  );
}

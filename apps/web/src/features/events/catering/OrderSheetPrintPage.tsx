/** /events/:id/catering/order-sheet — the caterer's order sheet (餐饮订单, A4): per meal day, time, place, style, menu, count, dietary counts, price, amount; the total in 大写; signature lines. */
import { Button, Spin } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { rmbInWords, yuan } from '@hy/contracts';
import { PrintToolbar } from '../../../components/print/PrintToolbar';
import { eventQuery } from '../api';
import { cateringQuery, orderSheetXlsx } from './api';
import '../../../components/print/print-sheet.css';

export default function OrderSheetPrintPage() {
  const { t } = useTranslation('eventCatering');
  const { id } = useParams();
  const e = useQuery(eventQuery(id)).data;
  const v = useQuery({ ...cateringQuery(id ?? ''), enabled: !!id }).data;
  const count = (m: { actualCount: number | null; orderedCount: number | null; planned: number }) =>
    m.actualCount ?? m.orderedCount ?? m.planned;
  const diet = (d: Record<string, number> | null) =>
    Object.entries(d ?? {})
      .map(([k, n]) => `${t(`dietary.${k}`, { defaultValue: k })} ${n}`)
      .join('、');
  const total = v?.meals.reduce((s, m) => s + m.totalFen, 0) ?? 0;
  const caterers = [...new Set((v?.meals ?? []).map((m) => m.catererName).filter(Boolean))].join('、');
  return (
    <div>
      <style>{'@media print { @page { size: A4 landscape; margin: 10mm; } }'}</style>
      <PrintToolbar
        back={t('sheet.back')}
        print={t('sheet.print')}
        extra={
          <Button icon={<DownloadOutlined />} style={{ minHeight: 40 }} href={orderSheetXlsx(id ?? '')}>
            {t('exportXlsx')}
          </Button>
        }
      />
      {!v || !e ? (
        <Spin />
      ) : (
        <section className="ps-sheet" data-testid="catering-sheet" style={{ width: 'min(277mm, 100%)' }}>
          <div className="ps-head">
            <div className="ps-org">{e.name}</div>
            <h1>{t('sheet.title')}</h1>
            <div className="ps-sub">
              {e.startsOn} ~ {e.endsOn}
              {caterers ? ` · ${t('sheet.caterer', { name: caterers })}` : ''}
            </div>
          </div>
          <table className="ps-table">
            <thead>
              <tr>
                <th style={{ width: '11%' }}>{t('field.day')}</th>
                <th style={{ width: '7%' }}>{t('field.time')}</th>
                <th style={{ width: '7%' }}>{t('field.kind')}</th>
                <th style={{ width: '17%' }}>{t('field.place')}</th>
                <th style={{ width: '6%' }}>{t('field.style')}</th>
                <th style={{ width: '14%' }}>{t('field.menu')}</th>
                <th style={{ width: '7%' }}>{t('field.count')}</th>
                <th style={{ width: '11%' }}>{t('planned')}</th>
                <th style={{ width: '9%' }}>{t('field.priceFen')}</th>
                <th style={{ width: '11%' }}>{t('field.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {v.meals.map((m) => (
                <tr key={m.id}>
                  <td>{m.day}</td>
                  <td>{m.time}</td>
                  <td>{t(`kind.${m.kind}`)}</td>
                  <td>{m.place}</td>
                  <td>{t(`style.${m.style}`)}</td>
                  <td>{m.menus.find((x) => x.chosen)?.name ?? ''}</td>
                  <td className="ps-num">{count(m)}</td>
                  <td>{diet(m.orderedDietary ?? m.dietary)}</td>
                  <td className="ps-num">{yuan(m.priceFen)}</td>
                  <td className="ps-num">{yuan(m.totalFen)}</td>
                </tr>
              ))}
              <tr>
                <td colSpan={6}>{t('sheet.sum')}</td>
                <td className="ps-num">{v.meals.reduce((s, m) => s + count(m), 0)}</td>
                <td colSpan={2}>
                  {t('sheet.inWords')}：{rmbInWords(total)}
                </td>
                <td className="ps-num">{yuan(total)}</td>
              </tr>
            </tbody>
          </table>
          <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 24, fontSize: 13 }}>
            <span>{t('sheet.orderedBy')}＿＿＿＿＿＿</span>
            <span>{t('sheet.caterer2')}＿＿＿＿＿＿</span>
            <span>{t('sheet.date')}＿＿＿＿＿＿</span>
          </div>
        </section>
      )}
    </div>
  );
}

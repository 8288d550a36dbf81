/** The printed hygiene inspection sheet (卫生检验表): shown only on paper, for the sheet being viewed. */
import { useTranslation } from 'react-i18next';
import { HYGIENE_AREAS, HYGIENE_ITEMS, type HygieneInspection } from '@hy/contracts';
import { useSession } from '../../../lib/session';

export function SheetPrint({ s }: { s: HygieneInspection }) {
  const { t, i18n } = useTranslation('hygiene');
  const en = i18n.language === 'en-US';
  const { property } = useSession();
  const area = HYGIENE_AREAS.find((a) => a.code === s.area);
  return (
    <div className="sq-print" data-testid="hygiene-print">
      <h2>
        {property?.name} {t('print.title')}
      </h2>
      <table>
        <tbody>
          <tr>
            <th>{t('form.level')}</th>
            <td>{t(`level.${s.level}`)}</td>
            <th>{t('form.area')}</th>
            <td>{area ? (en ? area.en : area.zh) : s.area}</td>
            <th>{t('form.day')}</th>
            <td>{s.inspectedOn}</td>
          </tr>
          <tr>
            <th>{t('print.period')}</th>
            <td>{`${s.periodStart} ~ ${s.periodEnd}`}</td>
            <th>{t('print.inspector')}</th>
            <td>{s.inspectorName}</td>
            <th>{t('print.score')}</th>
            <td>
              <b>{s.score}</b>
            </td>
          </tr>
        </tbody>
      </table>
      <table style={{ marginTop: 8 }}>
        <thead>
          <tr>
            <th>{t('print.item')}</th>
            <th>{t('print.points')}</th>
            <th>{t('print.deduction')}</th>
            <th>{t('print.note')}</th>
          </tr>
        </thead>
        <tbody>
          {s.items.map((i) => {
            const it = HYGIENE_ITEMS.find((h) => h.code === i.code);
            return (
              <tr key={i.code}>
                <td>{it ? (en ? it.en : it.zh) : i.code}</td>
                <td>{i.points}</td>
                <td>{i.deduction || ''}</td>
                <td>{i.note ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table style={{ marginTop: 8 }}>
        <tbody>
          <tr>
            <th style={{ width: '15%' }}>{t('form.remarks')}</th>
            <td colSpan={3}>{s.remarks ?? ''}</td>
          </tr>
          <tr>
            <th>{t('print.inspectorSign')}</th>
            <td className="sign" />
            <th>{t('print.contractorSign')}</th>
            <td className="sign" />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The printed monthly evaluation of the cleaning contractor, with the payment in figures and in capitals. */
import { useTranslation } from 'react-i18next';
import { rmbInWords, type ContractorEvaluation } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { yuan } from './money';

export function ContractorPrint({ e }: { e: ContractorEvaluation }) {
  const { t } = useTranslation('contractor');
  const { property } = useSession();
  const avg = (v: number | null) => (v === null ? '—' : String(v));
  return (
    <div className="sq-print" data-testid="contractor-print">
      <h2>
        {property?.name} {t('print.title', { month: e.month })}
      </h2>
      <table>
        <tbody>
          <tr>
            <th>{t('f.contractor')}</th>
            <td colSpan={3}>{e.contractorName}</td>
            <th>{t('f.month')}</th>
            <td>{e.month}</td>
          </tr>
          <tr>
            <th>{t('f.teamAvg')}</th>
            <td>{avg(e.teamAvg)}</td>
            <th>{t('f.areaAvg')}</th>
            <td>{avg(e.areaAvg)}</td>
            <th>{t('f.departmentAvg')}</th>
            <td>{avg(e.departmentAvg)}</td>
          </tr>
          <tr>
            <th>{t('f.findings')}</th>
            <td>{e.findings}</td>
            <th>{t('f.failedReinspections')}</th>
            <td>{e.failedReinspections}</td>
            <th>{t('f.openFindings')}</th>
            <td>{e.openFindings}</td>
          </tr>
          <tr>
            <th>{t('f.score')}</th>
            <td>{e.score.toFixed(1)}</td>
            <th>{t('f.rating')}</th>
            <td colSpan={3}>{t(`rating.${e.rating}`)}</td>
          </tr>
          <tr>
            <th>{t('f.rule')}</th>
            <td colSpan={5}>{t('rule', { full: e.fullPayScore, pct: (e.deductBpPerPoint / 100).toFixed(2) })}</td>
          </tr>
          <tr>
            <th>{t('f.amount')}</th>
            <td>{yuan(e.contractAmountFen)}</td>
            <th>{t('f.deduction')}</th>
            <td>{yuan(e.deductionFen)}</td>
            <th>{t('f.payment')}</th>
            <td>
              <b>{yuan(e.paymentFen)}</b>
            </td>
          </tr>
          <tr>
            <th>{t('f.capital')}</th>
            <td colSpan={5} data-testid="print-capital">
              {rmbInWords(e.paymentFen)}
            </td>
          </tr>
          <tr>
            <th>{t('f.remarks')}</th>
            <td colSpan={5}>{e.remarks ?? ''}</td>
          </tr>
          <tr>
            <th>{t('print.preparedBy')}</th>
            <td className="sign">{e.preparedByName ?? ''}</td>
            <th>{t('print.confirmedBy')}</th>
            <td className="sign">{e.confirmedByName ?? ''}</td>
            <th>{t('print.contractorSign')}</th>
            <td className="sign" />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

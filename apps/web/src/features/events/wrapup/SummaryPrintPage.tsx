/** The 会务工作总结 as an A4 print (Chinese first): the sections and the figures as tables. */
import { useQuery } from '@tanstack/react-query';
import { Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { SUMMARY_SECTIONS } from '@hy/contracts';
import { summaryQuery } from './api';

const yuan = (fen: number) => (fen / 100).toFixed(2);
const cell = { border: '1px solid #333', padding: '4px 6px' } as const;

export default function SummaryPrintPage() {
  const { t } = useTranslation('eventWrapup');
  const { id = '' } = useParams();
  const { data: s, isLoading } = useQuery(summaryQuery(id));
  if (isLoading) return <Spin />;
  if (!s) return <div>{t('notDrawn')}</div>;
  const f = s.figures;
  const table = (head: string[], rows: (string | number)[][]) => (
    <table style={{ borderCollapse: 'collapse', width: '100%', margin: '8px 0 16px' }}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} style={cell}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, k) => (
              <td key={k} style={cell}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div className="a4-print" style={{ maxWidth: '210mm', margin: '0 auto', padding: '12mm', background: '#fff', fontSize: 14 }}>
      <div className="no-print" style={{ textAlign: 'right' }}>
        <Button onClick={() => window.print()}>{t('doPrint')}</Button>
      </div>
      <h1 style={{ textAlign: 'center', fontSize: 22 }}>{t('printTitle')}</h1>
      <p style={{ textAlign: 'center' }}>
        {s.event.name}（{s.event.number}） {t('host')}：{s.event.hostUnit} {t('dates')}：{s.event.startsOn} ~ {s.event.endsOn}
      </p>
      {SUMMARY_SECTIONS.map((k) => (
        <section key={k}>
          <h3>{t(`sections.${k}`)}</h3>
          <p style={{ whiteSpace: 'pre-wrap', textIndent: '2em' }}>{s.sections[k] || '—'}</p>
        </section>
      ))}
      <h3>{t('registeredVsSigned')}</h3>
      {table(
        [t('session'), t('registered'), t('signedIn')],
        [...f.sessions.map((x) => [x.title, x.registered, x.signedIn]), ['合计', f.people, f.signedIn]],
      )}
      <h3>{t('budgetVsActual')}</h3>
      {table(
        [t('category'), t('budget'), t('actual')],
        [
          ...f.budgetCategories.map((c) => [c.category, yuan(c.budgetFen), yuan(c.actualFen)]),
          ['合计', yuan(f.budgetFen), yuan(f.actualFen)],
        ],
      )}
      <h3>{t('incidents')}</h3>
      {table(
        [t('description'), t('resolved')],
        f.incidents.map((i) => [i.description, i.resolved ? t('yes') : t('no')]),
      )}
      <h3>{t('findings')}</h3>
      {table(
        [t('inspection'), t('group'), t('resolved')],
        f.findings.map((x) => [`${x.label}：${x.note ?? ''}`, x.group ?? '', x.fixed ? t('yes') : t('no')]),
      )}
      <h3>{t('survey')}</h3>
      {table(
        [t('answered'), t('responseRate'), ...Object.keys(f.survey.averages).map((k) => t(`item.${k}`)), t('overall')],
        [
          [
            `${f.survey.answered}/${f.survey.registered}`,
            `${Math.round(f.survey.responseRate * 1000) / 10}%`,
            ...Object.values(f.survey.averages).map((v) => v ?? '—'),
            f.survey.overall ?? '—',
          ],
        ],
      )}
    </div>
  );
}

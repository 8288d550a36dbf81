/** The receivables 《物业管理费用应收表》: a row per company, a column per sheet, totals. */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FEE_SHEETS, money, type BillingMonth } from '@hy/contracts';

export function ReceivablesTable({ month }: { month: BillingMonth }) {
  const { t } = useTranslation('feeMonths');
  return (
    <Table
      rowKey="organizationId"
      size="small"
      data-testid="receivables"
      dataSource={month.receivables}
      pagination={false}
      scroll={{ x: 900 }}
      columns={[
        { title: t('company'), dataIndex: 'organizationName', fixed: 'left', width: 200 },
        ...FEE_SHEETS.map((s) => ({
          title: t(`short.${s}`),
          key: s,
          align: 'right' as const,
          render: (_: unknown, r: BillingMonth['receivables'][number]) => (r.bySheet[s] ? money(r.bySheet[s]) : ''),
        })),
        { title: t('sum'), dataIndex: 'totalFen', align: 'right', render: (f: number) => <b>{money(f)}</b> },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <b>{t('sum')}</b>
          </Table.Summary.Cell>
          {FEE_SHEETS.map((s, i) => (
            <Table.Summary.Cell key={s} index={i + 1} align="right">
              {money(month.sheetTotals[s] ?? 0)}
            </Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={7} align="right">
            <b data-testid="receivables-total">{money(month.totalFen)}</b>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/** 三个相等 (S10): logged = dispatched, issued = dispatched, returned = issued, with the cases that break them. */
import { Card, Col, Row, Table, Typography } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ThreeEqualitiesReport } from '@hy/contracts';
import { MismatchCard } from './MismatchCard';

const MISMATCHES = ['notDispatched', 'dispatchedWithoutWorkOrder', 'severalWorkOrders', 'notReturned'] as const;

export function EqualitiesView({ r }: { r: ThreeEqualitiesReport }) {
  const { t } = useTranslation('cases');
  const ok = (b: boolean) => (b ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#cf1322" />);
  const rows = [
    { key: 'loggedEqualsDispatched' as const, a: t('rep.eq.logged'), av: r.logged, b: t('rep.eq.dispatched'), bv: r.dispatched },
    { key: 'issuedEqualsDispatched' as const, a: t('rep.eq.issued'), av: r.issued, b: t('rep.eq.dispatched'), bv: r.dispatched },
    { key: 'returnedEqualsIssued' as const, a: t('rep.eq.returned'), av: r.returned, b: t('rep.eq.issued'), bv: r.issued },
  ];
  return (
    <>
      <Card size="small" title={t('rep.eqTitle', { month: r.month })} style={{ marginBottom: 12 }}>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rows}
          data-testid="equalities"
          columns={[
            { title: '', key: 'ok', width: 40, render: (_: unknown, x) => ok(r.equal[x.key]) },
            { title: t('rep.eq.left'), key: 'a', render: (_: unknown, x) => `${x.a}：${x.av}` },
            { title: '', key: 'eq', width: 40, render: (_: unknown, x) => (r.equal[x.key] ? '=' : '≠') },
            { title: t('rep.eq.right'), key: 'b', render: (_: unknown, x) => `${x.b}：${x.bv}` },
          ]}
        />
        <Typography.Text type="secondary">{t('rep.eq.voided', { count: r.voided })}</Typography.Text>
      </Card>
      <Row gutter={[12, 12]}>
        {MISMATCHES.map((k) => (
          <Col key={k} xs={24} xl={12}>
            <MismatchCard title={t(`rep.eq.${k}`)} rows={r.mismatches[k]} />
          </Col>
        ))}
      </Row>
    </>
  );
}

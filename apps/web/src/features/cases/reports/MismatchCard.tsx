/** One list of the three equalities' mismatches: the cases or work orders, each a tag that opens it. */
import { Card, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** A case or work order that breaks an equality. */
export interface Mismatch {
  caseNumber: string;
  caseId?: string;
  workOrderNumber?: string;
  workOrderId?: string;
  status?: string;
}

export function MismatchCard({ title, rows }: { title: string; rows: Mismatch[] }) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const go = (x: Mismatch) =>
    x.caseId ? navigate(`/cases/${x.caseId}`) : x.workOrderId ? navigate(`/work-orders/${x.workOrderId}/print`) : undefined;
  return (
    <Card size="small" title={`${title}（${rows.length}）`}>
      {!rows.length ? (
        <Typography.Text type="secondary">{t('sup.none')}</Typography.Text>
      ) : (
        <Space wrap>
          {rows.map((x, i) => (
            <Tag key={i} color="red" style={{ cursor: 'pointer' }} onClick={() => go(x)}>
              {x.workOrderNumber ? `${x.workOrderNumber} · ${x.caseNumber}` : x.caseNumber}
              {x.status ? ` · ${t(`woStatus.${x.status}`, { defaultValue: x.status })}` : ''}
            </Tag>
          ))}
        </Space>
      )}
    </Card>
  );
}

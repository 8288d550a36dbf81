/** The case page's title: number, kind, status, severity, emergency and how often it was reopened. */
import { Button, Space, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@hy/contracts';
import { useCaseLabels } from '../labels';
import { CaseStatusTag } from '../status/CaseStatusTag';
import { EmergencyTag } from '../status/EmergencyTag';
import { SeverityTag } from '../status/SeverityTag';

export function CaseTitle({ c }: { c: CaseDetail }) {
  const { t } = useTranslation(['cases', 'common']);
  const L = useCaseLabels();
  const navigate = useNavigate();
  return (
    <Space size={8} wrap>
      <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common:action.back')} />
      <span data-testid="case-number">{c.number}</span>
      <Tag color={c.kind === 'complaint' ? 'magenta' : 'geekblue'} style={{ marginInlineEnd: 0 }}>
        {L.kind(c.kind)}
      </Tag>
      <CaseStatusTag status={c.status} />
      <SeverityTag severity={c.severity} />
      {c.emergency && <EmergencyTag />}
      {c.reopenedCount > 0 && <Tag color="volcano">{t('detail.reopenedTimes', { count: c.reopenedCount })}</Tag>}
    </Space>
  );
}

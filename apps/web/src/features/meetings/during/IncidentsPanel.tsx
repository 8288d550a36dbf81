/** Incidents during the meeting (M8): report one (the AV emergency plan for equipment failures), resolve it. */
import { useState } from 'react';
import { Button, Card, Empty, List } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Incident, Notice } from '../api';
import { IncidentItem } from './IncidentItem';
import { ReportIncidentModal } from './ReportIncidentModal';
import { ResolveIncidentModal } from './ResolveIncidentModal';

export function IncidentsPanel({ n, tz }: { n: Notice; tz: string }) {
  const { t } = useTranslation('meetings');
  const [open, setOpen] = useState(false);
  const [resolving, setResolving] = useState<Incident | null>(null);
  const canReport = n.policies.reportIncident;
  return (
    <Card
      size="small"
      title={t('incident.title')}
      data-testid="incidents-panel"
      extra={
        canReport && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="report-incident">
            {t('incident.report')}
          </Button>
        )
      }
    >
      {n.incidents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incident.none')} style={{ margin: 8 }} />
      ) : (
        <List
          size="small"
          dataSource={n.incidents}
          renderItem={(i) => <IncidentItem i={i} tz={tz} onResolve={canReport ? () => setResolving(i) : undefined} />}
        />
      )}
      <ReportIncidentModal noticeId={n.id} open={open} onClose={() => setOpen(false)} />
      <ResolveIncidentModal incident={resolving} onClose={() => setResolving(null)} />
    </Card>
  );
}

/** One department's tab: its readiness (report ready, verify) and its tasks. */
import { useState } from 'react';
import { Button, Space, Tag, Typography } from 'antd';
import { CheckOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useReportReady, useVerifyReady, type MeetingTask, type Notice, type NoticeDepartment } from '../api';
import { CompleteTaskModal } from '../tasks/CompleteTaskModal';
import { fmtAt } from '../labels';
import { DeptReadyTag } from '../status/DeptReadyTag';
import { TaskTable } from './TaskTable';
import '../meetings.css';

export function DepartmentPanel({ n, d, tz }: { n: Notice; d: NoticeDepartment; tz: string }) {
  const { t } = useTranslation('meetings');
  const ready = useReportReady({ success: t('detail.readyDone') });
  const verify = useVerifyReady({ success: t('detail.verifyDone') });
  const [completing, setCompleting] = useState<MeetingTask | null>(null);
  const canReport = n.policies.readiness.includes(d.department) && !d.readyAt;
  const canVerify = n.policies.verify && !!d.readyAt && !d.verifiedAt;
  return (
    <div data-testid="dept-panel" data-dept={d.department}>
      <div className="mt-ready-bar">
        <Space wrap size={8}>
          <DeptReadyTag department={d.department} d={d} />
          {d.verifiedAt ? (
            <Typography.Text type="success">{t('detail.verifiedBy', { at: fmtAt(d.verifiedAt, tz) })}</Typography.Text>
          ) : d.readyAt ? (
            <Typography.Text>{t('detail.readyBy', { at: fmtAt(d.readyAt, tz) })}</Typography.Text>
          ) : (
            <Typography.Text type="secondary">
              {t('detail.notReady')}
              {d.openBeforeStart ? ` · ${t('detail.openBefore', { count: d.openBeforeStart })}` : ''}
            </Typography.Text>
          )}
          {d.readyLate && <Tag color="red">{t('detail.readyLateTag')}</Tag>}
        </Space>
        <Space wrap>
          {canReport && (
            <Button
              type="primary"
              ghost
              icon={<CheckOutlined />}
              data-testid="report-ready"
              disabled={d.openBeforeStart > 0}
              loading={ready.isPending}
              onClick={() => ready.mutate({ noticeId: n.id, department: d.department })}
            >
              {t('detail.reportReady')}
            </Button>
          )}
          {canVerify && (
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              data-testid="verify-ready"
              loading={verify.isPending}
              onClick={() => verify.mutate({ noticeId: n.id, department: d.department })}
            >
              {t('detail.verify')}
            </Button>
          )}
        </Space>
      </div>
      <TaskTable tasks={d.tasks} tz={tz} onComplete={setCompleting} />
      <CompleteTaskModal task={completing} onClose={() => setCompleting(null)} />
    </div>
  );
}

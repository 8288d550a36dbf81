/**
 * 人员安排 tab (SPEC M6, M12): people assigned to each of the notice's tasks, chosen from the task
 * department's staff (授权上岗 flagged; only they can go to a confidential meeting). The server's
 * warnings (double assignment, outside shift, overtime) are shown, never blocking.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Popconfirm, Select, Skeleton, Space, Table, Tooltip, Typography } from 'antd';
import { CloseOutlined, SafetyCertificateFilled, WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CLOSED_CONFIDENTIALITY, DEPARTMENT_ROLES, type Department } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { assignmentsQuery, staffQuery, useAssignTask, useUnassignTask, type MeetingTask, type Notice } from '../api';
import { WarningTags } from './WarningTags';
import { DEPT_COLORS, fmtAt } from '../labels';

export function StaffingTab({ n }: { n: Notice }) {
  const { t } = useTranslation('meetings');
  const { modal, message } = App.useApp();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const staff = useQuery(staffQuery(n.propertyId));
  const q = useQuery(assignmentsQuery(n.id));
  const assignTask = useAssignTask();
  const unassign = useUnassignTask({ success: t('staffing.unassigned0') });
  const [dept, setDept] = useState<Department | 'all'>('all');
  if (q.isLoading || staff.isLoading) return <Skeleton active />;
  const assignments = q.data?.data ?? [];
  const people = staff.data?.data ?? [];
  const confidential = (CLOSED_CONFIDENTIALITY as readonly string[]).includes(n.content.confidentiality);
  const tasks = n.departments
    .filter((d) => dept === 'all' || d.department === dept)
    .flatMap((d) => d.tasks.filter((x) => x.status !== 'cancelled'));
  const unassigned = n.departments
    .flatMap((d) => d.tasks)
    .filter((x) => x.status !== 'cancelled' && !assignments.some((a) => a.taskId === x.id)).length;

  function assign(task: MeetingTask, userId: string) {
    assignTask.mutate({ taskId: task.id, userId }, { onSuccess: showOutcome });
  }
  function showOutcome(r: { warnings: string[]; conflicts: string[] }) {
    if (r?.warnings.length) {
      modal.warning({
        title: t('staffing.assignedWithWarnings'),
        content: (
          <div>
            {r.warnings.map((w) => (
              <div key={w}>
                <WarningOutlined style={{ color: '#faad14' }} /> {t(`staffing.warnText.${w}`)}
              </div>
            ))}
            {r.conflicts.length > 0 && <div style={{ marginTop: 6 }}>{t('staffing.conflicts', { list: r.conflicts.join('、') })}</div>}
          </div>
        ),
      });
    } else if (r) {
      message.success(t('staffing.assignedMsg'));
    }
  }

  return (
    <div data-testid="staffing-tab">
      {confidential && (
        <Alert
          type="warning"
          showIcon
          icon={<SafetyCertificateFilled />}
          style={{ marginBottom: 12 }}
          message={t('staffing.confidential')}
        />
      )}
      <div className="mt-ready-bar">
        <Select
          size="small"
          value={dept}
          onChange={setDept}
          style={{ width: 200 }}
          options={[
            { value: 'all', label: t('staffing.allDepts') },
            ...n.departments.map((d) => ({ value: d.department, label: t(`dept.short.${d.department}`) })),
          ]}
        />
        <Typography.Text type={unassigned ? 'warning' : 'success'} style={{ fontSize: 12 }}>
          {unassigned ? t('staffing.unassigned', { count: unassigned }) : t('staffing.allAssigned')}
        </Typography.Text>
      </div>
      {!tasks.length ? (
        <Empty description={t('staffing.noTasks')} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<MeetingTask>
            size="small"
            rowKey="id"
            dataSource={tasks}
            pagination={false}
            scroll={{ x: 820 }}
            columns={[
              { title: t('detail.due'), width: 110, render: (_, x) => <span style={{ whiteSpace: 'nowrap' }}>{fmtAt(x.dueAt, tz)}</span> },
              {
                title: t('detail.task'),
                render: (_, x) => (
                  <span>
                    <span className="mt-dot" style={{ background: DEPT_COLORS[x.department] }} />
                    {x.title}
                  </span>
                ),
              },
              {
                title: t('staffing.assigned'),
                render: (_, x) => {
                  const mine = assignments.filter((a) => a.taskId === x.id);
                  return mine.length ? (
                    <Space direction="vertical" size={2}>
                      {mine.map((a) => (
                        <span key={a.userId} data-testid="assignee">
                          {a.name} <WarningTags warnings={a.warnings} />
                          <Popconfirm
                            title={t('staffing.unassignConfirm', { name: a.name })}
                            onConfirm={() => unassign.mutate({ taskId: x.id, userId: a.userId })}
                          >
                            <Button type="text" size="small" icon={<CloseOutlined />} />
                          </Popconfirm>
                        </span>
                      ))}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">—</Typography.Text>
                  );
                },
              },
              {
                title: t('staffing.add'),
                width: 220,
                render: (_, x) => {
                  const roles = DEPARTMENT_ROLES[x.department] as readonly string[];
                  const taken = new Set(assignments.filter((a) => a.taskId === x.id).map((a) => a.userId));
                  const options = people
                    .filter((p) => p.roles.some((r) => roles.includes(r)) && !taken.has(p.id))
                    .map((p) => ({
                      value: p.id,
                      disabled: confidential && !p.profile?.confidentialAuthorised,
                      label: (
                        <Tooltip title={confidential && !p.profile?.confidentialAuthorised ? t('staffing.notAuthorised') : undefined}>
                          <span>
                            {p.name}
                            {p.profile?.confidentialAuthorised && (
                              <SafetyCertificateFilled style={{ color: '#389e0d', marginLeft: 4 }} title={t('staff.authorised')} />
                            )}
                            {p.profile?.post ? ` · ${p.profile.post}` : ''}
                          </span>
                        </Tooltip>
                      ),
                      search: p.name,
                    }));
                  return (
                    <Select
                      size="small"
                      style={{ width: '100%' }}
                      placeholder={t('staffing.pick')}
                      value={null}
                      options={options}
                      showSearch
                      filterOption={(input, o) => String((o as { search?: string })?.search ?? '').includes(input)}
                      notFoundContent={t('staffing.nobody')}
                      onChange={(v: string | null) => {
                        if (v) void assign(x, v);
                      }}
                      data-testid="assign-select"
                    />
                  );
                },
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}

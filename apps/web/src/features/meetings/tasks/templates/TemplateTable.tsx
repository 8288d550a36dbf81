/** The task templates: department, title and instructions, timing, scope, quantity, active switch, edit. */
import { Button, Card, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { usePlaceLabels } from '../../../places/labels';
import { useBookingLabels } from '../../../bookings/labels';
import { useSetTaskTemplateActive, type TaskTemplate } from '../../api';
import { DEPT_COLORS } from '../../labels';
import { useTemplateTexts } from './useTemplateTexts';
import '../../meetings.css';

export function TemplateTable({ rows, loading, onEdit }: { rows: TaskTemplate[]; loading: boolean; onEdit(x: TaskTemplate): void }) {
  const { t } = useTranslation('meetings');
  const P = usePlaceLabels();
  const L = useBookingLabels();
  const text = useTemplateTexts();
  const setActive = useSetTaskTemplateActive();
  return (
    <Card size="small" styles={{ body: { padding: 0 } }}>
      <Table<TaskTemplate>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('tpl.department'),
            width: 110,
            render: (_, x) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                <span className="mt-dot" style={{ background: DEPT_COLORS[x.department] }} />
                {t(`dept.short.${x.department}`)}
              </span>
            ),
          },
          {
            title: t('tpl.titleField'),
            render: (_, x) => (
              <div style={{ opacity: x.active ? 1 : 0.5 }}>
                <div>
                  {x.title}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                    {x.code}
                  </Typography.Text>
                </div>
                {x.instructions && (
                  <Typography.Paragraph
                    type="secondary"
                    style={{ fontSize: 12, marginBottom: 0 }}
                    ellipsis={{ rows: 1, expandable: true, symbol: '…' }}
                  >
                    {x.instructions}
                  </Typography.Paragraph>
                )}
              </div>
            ),
          },
          { title: t('tpl.timing'), width: 170, render: (_, x) => text.timing(x) },
          {
            title: t('tpl.scope'),
            width: 200,
            render: (_, x) => (
              <Space size={[2, 2]} wrap>
                {x.venueClasses.map((c) => (
                  <Tag key={c} color="volcano">
                    {c}
                  </Tag>
                ))}
                {x.venueTypes.map((v) => (
                  <Tag key={v}>{P.venueType(v)}</Tag>
                ))}
                {x.excludeVenueTypes.map((v) => (
                  <Tag key={v} color="default" style={{ textDecoration: 'line-through' }}>
                    {P.venueType(v)}
                  </Tag>
                ))}
                {x.services.map((s) => (
                  <Tag key={s} color="blue">
                    {L.service(s)}
                  </Tag>
                ))}
                {!x.venueClasses.length && !x.venueTypes.length && !x.services.length && (
                  <Typography.Text type="secondary">{t('tpl.any')}</Typography.Text>
                )}
              </Space>
            ),
          },
          { title: t('tpl.quantity'), width: 170, render: (_, x) => <span style={{ fontSize: 12 }}>{text.quantity(x.quantity)}</span> },
          {
            title: t('tpl.active'),
            width: 70,
            render: (_, x) => <Switch size="small" checked={x.active} onChange={(active) => setActive.mutate({ id: x.id, active })} />,
          },
          {
            title: '',
            width: 50,
            render: (_, x) => (
              <Tooltip title={t('tpl.edit')}>
                <Button size="small" type="text" icon={<EditOutlined />} onClick={() => onEdit(x)} aria-label={t('tpl.edit')} />
              </Tooltip>
            ),
          },
        ]}
      />
    </Card>
  );
}

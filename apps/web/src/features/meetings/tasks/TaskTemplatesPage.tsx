/** /admin/task-templates — the department task templates per venue type and class (seed 004 §6, 篇2 §5): offsets, quantity rules, texts. */
import { useState } from 'react';
import { Button, Form, Popconfirm, Space } from 'antd';
import { CloudDownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { taskTemplatesQuery, useLoadDefaultTemplates, type TaskTemplate } from '../api';
import { toForm, type FormValues } from './templates/templateForm';
import { TemplateFilters, type TemplateFilter } from './templates/TemplateFilters';
import { TemplateTable } from './templates/TemplateTable';
import { TemplateDrawer } from './templates/TemplateDrawer';

export default function TaskTemplatesPage() {
  const { t } = useTranslation('meetings');
  const pid = useSession().propertyId;
  const [filter, setFilter] = useState<TemplateFilter>({});
  const [editing, setEditing] = useState<TaskTemplate | 'new' | null>(null);
  const [form] = Form.useForm<FormValues>();
  const q = useQuery(taskTemplatesQuery(pid));
  const loadDefaults = useLoadDefaultTemplates({ success: (r) => t('tpl.loaded', { count: r.added }) });

  const { dept, vtype, vclass } = filter;
  const rows = (q.data?.data ?? [])
    .filter((x) => !dept || x.department === dept)
    .filter((x) => !vtype || ((!x.venueTypes.length || x.venueTypes.includes(vtype)) && !x.excludeVenueTypes.includes(vtype)))
    .filter((x) => !vclass || !x.venueClasses.length || x.venueClasses.includes(vclass))
    .sort((a, b) => DEPARTMENTS.indexOf(a.department) - DEPARTMENTS.indexOf(b.department) || a.sort - b.sort);

  function open(x: TaskTemplate | 'new') {
    form.resetFields();
    form.setFieldsValue(toForm(x === 'new' ? null : x) as FormValues);
    setEditing(x);
  }

  return (
    <div data-testid="task-templates">
      <PageHeader
        title={t('tpl.title')}
        extra={
          <Space wrap>
            <Popconfirm title={t('tpl.loadConfirm')} overlayStyle={{ maxWidth: 360 }} onConfirm={() => loadDefaults.mutate(pid!)}>
              <Button icon={<CloudDownloadOutlined />} data-testid="load-defaults">
                {t('tpl.loadDefaults')}
              </Button>
            </Popconfirm>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
              {t('tpl.add')}
            </Button>
          </Space>
        }
      />
      <TemplateFilters value={filter} onChange={setFilter} count={rows.length} />
      <TemplateTable rows={rows} loading={q.isLoading} onEdit={open} />
      <TemplateDrawer form={form} editing={editing} onClose={() => setEditing(null)} />
    </div>
  );
}

/** Narrows the template list by department, venue type and venue class; says how many are shown. */
import { Card, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department } from '@hy/contracts';
import { useTemplateOptions } from './useTemplateOptions';

export interface TemplateFilter {
  dept?: Department;
  vtype?: string;
  vclass?: string;
}

export function TemplateFilters({ value, onChange, count }: { value: TemplateFilter; onChange(f: TemplateFilter): void; count: number }) {
  const { t } = useTranslation('meetings');
  const O = useTemplateOptions();
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Space wrap>
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('tpl.filterDept')}
          value={value.dept}
          onChange={(dept) => onChange({ ...value, dept })}
          options={O.departments}
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('tpl.filterType')}
          value={value.vtype}
          onChange={(vtype) => onChange({ ...value, vtype })}
          options={O.venueTypes}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('tpl.filterClass')}
          value={value.vclass}
          onChange={(vclass) => onChange({ ...value, vclass })}
          options={O.venueClasses}
        />
        <Typography.Text type="secondary">{t('tpl.count', { count })}</Typography.Text>
      </Space>
    </Card>
  );
}

/** The rows of an attendee import the server refused, each with its field and reason. */
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ImportError {
  row: number;
  field: string;
  message: string;
}

const FIELDS = ['name', 'organization', 'title', 'phone', 'seat', 'note'];

export function ImportErrorsAlert({ errors, onClose }: { errors: ImportError[]; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const fieldLabel = (f: string) => (FIELDS.includes(f) ? t(`att.${f}`) : f === 'file' ? t('att.file') : f);
  return (
    <Alert
      type="error"
      showIcon
      closable
      onClose={onClose}
      style={{ marginBottom: 12 }}
      data-testid="import-errors"
      message={t('att.importFailed', { count: errors.length })}
      description={
        <Table<ImportError>
          size="small"
          pagination={errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
          rowKey={(r, i) => `${r.row}-${r.field}-${i}`}
          dataSource={errors}
          columns={[
            { title: t('att.row'), dataIndex: 'row', width: 70, render: (v: number) => (v ? t('att.rowN', { n: v }) : '—') },
            { title: t('att.field'), dataIndex: 'field', width: 110, render: (f: string) => fieldLabel(f) },
            { title: t('att.error'), dataIndex: 'message' },
          ]}
        />
      }
    />
  );
}

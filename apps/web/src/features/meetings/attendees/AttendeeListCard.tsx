/** The attendee list: search, .xlsx import (with the rows it refused), add by hand, and the table. */
import { useState } from 'react';
import { App, Button, Card, Input, Space, Typography, Upload } from 'antd';
import { UploadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { attendeesQuery, useImportAttendees } from '../api';
import { AddAttendeeModal } from './AddAttendeeModal';
import { AttendeeTable } from './AttendeeTable';
import { ImportErrorsAlert, type ImportError } from './ImportErrorsAlert';

export function AttendeeListCard({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const { message } = App.useApp();
  const list = useQuery(attendeesQuery(noticeId));
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const [importErrors, setImportErrors] = useState<ImportError[] | null>(null);
  const importer = useImportAttendees({
    success: (r) => t('att.imported', { count: r.imported }),
    onError: (text, err) => {
      if (err instanceof ApiError && err.problem.fields?.length) {
        setImportErrors(
          err.problem.fields.map((f) => {
            const m = /^rows\.(\d+)\.(.+)$/.exec(f.path);
            return m ? { row: Number(m[1]), field: m[2]!, message: f.message } : { row: 0, field: f.path, message: f.message };
          }),
        );
      } else message.error(text);
    },
  });
  const rows = (list.data?.data ?? []).filter((a) => !search || [a.name, a.organization, a.phone, a.seat].some((x) => x?.includes(search)));

  function doImport(file: File) {
    setImportErrors(null);
    importer.mutate({ noticeId, file, csrfToken: session.me?.csrfToken });
    return false;
  }

  return (
    <Card
      size="small"
      title={t('att.list')}
      style={{ marginTop: 16 }}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            size="small"
            placeholder={t('att.search')}
            onChange={(e) => setSearch(e.target.value.trim())}
            style={{ width: 180 }}
          />
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              void doImport(f);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={importer.isPending} data-testid="att-import">
              {t('att.import')}
            </Button>
          </Upload>
          <Button size="small" type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="att-add">
            {t('att.add')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('att.importHint')}
      </Typography.Paragraph>
      {importErrors && <ImportErrorsAlert errors={importErrors} onClose={() => setImportErrors(null)} />}
      <AttendeeTable noticeId={noticeId} rows={rows} loading={list.isLoading} />
      <AddAttendeeModal noticeId={noticeId} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}

/** /billing/meters — 抄表: the month's units as cards to type readings on a phone; template and import at the desk. */
import { useMemo, useRef, useState } from 'react';
import { Alert, Button, DatePicker, Input, Space, Spin, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { download } from '../../meetings/api';
import { importReadings, meterKeys, meterSheetQuery, templateUrl } from './api';
import { ReadingCard } from './ReadingCard';

export default function MeterReadingsPage() {
  const { t } = useTranslation('feeMeters');
  const { propertyId, can, me } = useSession();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [find, setFind] = useState('');
  const [rowErrors, setRowErrors] = useState<string[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const q = useQuery(meterSheetQuery(propertyId, month));
  const canWrite = can('billing.manage');
  const rows = useMemo(
    () => (q.data?.data ?? []).filter((r) => !find || r.unitCode.includes(find) || (r.organizationName ?? '').includes(find)),
    [q.data, find],
  );
  const done = (q.data?.data ?? []).filter((r) => r.currentReading !== null).length;
  const importer = useApiMutation({
    mutationFn: importReadings,
    invalidate: [meterKeys.all],
    success: (r) => t('imported', { n: r.saved }),
    onSuccess: () => setRowErrors(null),
    onError: (msg, err) =>
      setRowErrors(err instanceof ApiError && err.problem?.fields?.length ? err.problem.fields.map((f) => f.message) : [msg]),
  });
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t('nav.title')} />
      <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(v) => v && setMonth(v.format('YYYY-MM'))}
          aria-label={t('month')}
        />
        <Typography.Text data-testid="reading-progress">{t('progress', { done, total: q.data?.data.length ?? 0 })}</Typography.Text>
        <Button icon={<DownloadOutlined />} onClick={() => download(templateUrl(propertyId, month), `readings-${month}.xlsx`)}>
          {t('template')}
        </Button>
        {canWrite && (
          <Button icon={<UploadOutlined />} loading={importer.isPending} onClick={() => fileInput.current?.click()}>
            {t('import')}
          </Button>
        )}
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx"
          hidden
          data-testid="readings-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) importer.mutate({ propertyId, month, file, csrfToken: me?.csrfToken });
          }}
        />
      </Space>
      {rowErrors && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRowErrors(null)}
          style={{ marginBottom: 12 }}
          message={t('importFailed')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="import-errors">
              {rowErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      <Input.Search
        allowClear
        placeholder={t('search')}
        value={find}
        onChange={(e) => setFind(e.target.value)}
        style={{ marginBottom: 12 }}
      />
      {q.isLoading ? (
        <Spin />
      ) : (
        <div style={{ display: 'grid', gap: 8 }}>
          {rows.map((r) => (
            <ReadingCard
              key={`${r.unitId}-${month}-${r.updatedAt ?? ''}`}
              row={r}
              propertyId={propertyId}
              month={month}
              today={dayjs().format('YYYY-MM-DD')}
              canWrite={canWrite}
            />
          ))}
        </div>
      )}
    </div>
  );
}

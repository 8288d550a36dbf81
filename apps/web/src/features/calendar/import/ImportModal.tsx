/** Import a year's schedule (the State Council notice): pasted lines or a date range, previewed, all or nothing. */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Divider, Input, Modal, Radio, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { useImportOverrides } from '../api';
import { OverrideKindTag } from '../OverrideKindTag';
import { parseLines, type OverrideKind } from './parseLines';

export function ImportModal({ open, year, onClose }: { open: boolean; year: number; onClose(): void }) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const [text, setText] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [rangeKind, setRangeKind] = useState<OverrideKind>('holiday');
  const [rangeName, setRangeName] = useState('');
  const [serverError, setServerError] = useState<string[]>([]);
  useEffect(() => {
    if (open) {
      setText('');
      setRange(null);
      setServerError([]);
      setRangeName('');
    }
  }, [open]);
  const parsed = useMemo(() => parseLines(text, t), [text, t]);
  const errors = parsed.filter((p) => p.error);
  const good = parsed.filter((p) => !p.error);

  const run = useImportOverrides(propertyId, {
    success: (r) => t('import.done', r),
    onSuccess: onClose,
    onError: (text, err) => {
      if (err instanceof ApiError && err.problem.fields?.length) {
        setServerError(
          err.problem.fields.map((f) => {
            const m = /^days\.(\d+)/.exec(f.path);
            const p = m ? good[Number(m[1])] : undefined;
            return p ? t('import.lineError', { line: p.line, text: f.message }) : `${f.path}: ${f.message}`;
          }),
        );
      } else setServerError([text]);
    },
  });

  const addRange = () => {
    if (!range?.[0] || !range[1]) return;
    const lines: string[] = [];
    for (let d = range[0].startOf('day'); !d.isAfter(range[1], 'day'); d = d.add(1, 'day')) {
      lines.push([d.format('YYYY-MM-DD'), rangeKind, rangeName.trim()].filter(Boolean).join(','));
    }
    setText((s) => (s.trim() ? `${s.trimEnd()}\n` : '') + lines.join('\n'));
    setRange(null);
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      width={760}
      title={t('import.title')}
      destroyOnHidden
      okText={t('import.submit', { count: good.length })}
      cancelText={tc('action.cancel')}
      okButtonProps={{ disabled: !good.length || errors.length > 0 || good.length > 400, 'data-testid': 'calendar-import-submit' }}
      confirmLoading={run.isPending}
      onOk={() => run.mutate(good.map((p) => ({ date: p.date, kind: p.kind, name: p.name })))}
    >
      <Typography.Text strong>{t('import.range')}</Typography.Text>
      <Space wrap style={{ display: 'flex', margin: '8px 0 12px' }}>
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)}
          defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)]}
          data-testid="calendar-import-range"
        />
        <Radio.Group
          value={rangeKind}
          onChange={(e) => setRangeKind(e.target.value)}
          optionType="button"
          options={[
            { value: 'holiday', label: t('short.holiday') },
            { value: 'workday', label: t('short.makeup') },
          ]}
        />
        <Input
          value={rangeName}
          onChange={(e) => setRangeName(e.target.value)}
          placeholder={t('overrides.namePlaceholder')}
          style={{ width: 170 }}
          maxLength={50}
        />
        <Button onClick={addRange} disabled={!range?.[0] || !range[1]} icon={<PlusOutlined />}>
          {t('import.addRange')}
        </Button>
      </Space>
      <Typography.Text strong>{t('import.paste')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line', fontSize: 12, margin: '4px 0 8px' }}>
        {t('import.pasteHelp')}
      </Typography.Paragraph>
      <Input.TextArea
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setServerError([]);
        }}
        rows={8}
        placeholder={`${year}-01-01,holiday,元旦`}
        style={{ fontFamily: 'monospace' }}
        data-testid="calendar-import-text"
      />
      {(errors.length > 0 || serverError.length > 0 || good.length > 400) && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="calendar-import-errors"
          message={errors.length ? t('import.fixErrors') : good.length > 400 ? t('import.tooMany') : tc('error.generic')}
          description={
            <div style={{ maxHeight: 120, overflow: 'auto' }}>
              {errors.map((e) => (
                <div key={e.line}>{t('import.lineError', { line: e.line, text: e.error })}</div>
              ))}
              {serverError.map((s) => (
                <div key={s}>{s}</div>
              ))}
            </div>
          }
        />
      )}
      {good.length > 0 && (
        <>
          <Divider orientation="left" orientationMargin={0} style={{ margin: '12px 0 8px' }}>
            {t('import.preview', { count: good.length })}
          </Divider>
          <Table
            size="small"
            rowKey="line"
            dataSource={good}
            pagination={false}
            scroll={{ y: 180 }}
            columns={[
              { title: t('overrides.date'), dataIndex: 'date', width: 120 },
              { title: t('overrides.weekday'), key: 'w', width: 90, render: (_, p) => dayjs(p.date).format('dddd') },
              {
                title: t('overrides.kind'),
                dataIndex: 'kind',
                width: 130,
                render: (k: OverrideKind) => <OverrideKindTag kind={k} />,
              },
              { title: t('overrides.name'), dataIndex: 'name', render: (n) => n ?? '—' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}

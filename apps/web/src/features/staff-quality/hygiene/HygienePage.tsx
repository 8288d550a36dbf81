/**
 * 卫生检验: the due view (each level's current period, per area: done / due / overdue), the month's sheets with
 * their scores, recording a sheet (on a phone, on the spot), the printed sheet and the month as .xlsx.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Descriptions, Drawer, Empty, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { HYGIENE_AREAS, HYGIENE_ITEMS, HYGIENE_LEVELS, type HygieneInspection, type HygieneLevel } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { hygieneDueQuery, hygieneExportUrl, hygieneListQuery } from './api';
import { RecordSheet } from './RecordSheet';
import { SheetPrint } from './SheetPrint';
import '../quality.css';

const STATE_COLOR = { done: 'green', due: 'gold', overdue: 'red' } as const;

export default function HygienePage() {
  const { t, i18n } = useTranslation('hygiene');
  const en = i18n.language === 'en-US';
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [recording, setRecording] = useState<{ level: HygieneLevel; area: string } | null | false>(false);
  const [viewing, setViewing] = useState<HygieneInspection | null>(null);
  const due = useQuery(hygieneDueQuery(propertyId)).data;
  const list = useQuery(hygieneListQuery(propertyId, month));
  const areaName = (code: string) => {
    const a = HYGIENE_AREAS.find((x) => x.code === code);
    return a ? (en ? a.en : a.zh) : code;
  };
  const itemName = (code: string) => {
    const a = HYGIENE_ITEMS.find((x) => x.code === code);
    return a ? (en ? a.en : a.zh) : code;
  };
  const sheets = list.data?.data ?? [];
  return (
    <>
      <PageHeader
        title={t('nav.title')}
        extra={
          due?.canRecord && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(null)}
              style={{ minHeight: 40 }}
              data-testid="record-open"
            >
              {t('record')}
            </Button>
          )
        }
      />
      {!phone && <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>}
      <Card size="small" title={t('due.title', { today: due?.today ?? '' })} style={{ marginBottom: 16 }} data-testid="hygiene-due">
        {HYGIENE_LEVELS.map((level) => {
          const rows = due?.data.filter((r) => r.level === level) ?? [];
          return (
            <div key={level} style={{ marginBottom: 12 }}>
              <Typography.Text strong>
                {t(`level.${level}`)} · {t(`every.${level}`)}
              </Typography.Text>
              {rows[0] && <span className="sq-sub">{`  ${rows[0].periodStart} ~ ${rows[0].periodEnd}`}</span>}
              <div className="sq-due" style={{ marginTop: 6 }}>
                {rows.map((r) => (
                  <div
                    key={r.area}
                    className={`sq-due-tile ${r.state}`}
                    data-testid="due-tile"
                    data-level={r.level}
                    data-area={r.area}
                    data-state={r.state}
                    role={due?.canRecord && r.state !== 'done' ? 'button' : undefined}
                    style={{ cursor: due?.canRecord && r.state !== 'done' ? 'pointer' : undefined }}
                    onClick={() => due?.canRecord && r.state !== 'done' && setRecording({ level: r.level, area: r.area })}
                  >
                    <div>{areaName(r.area)}</div>
                    <Tag color={STATE_COLOR[r.state]}>{t(`state.${r.state}`)}</Tag>
                    <div className="sq-sub">{r.lastOn ? t('due.last', { day: r.lastOn, score: r.lastScore }) : t('due.never')}</div>
                  </div>
                ))}
              </div>
            </div>
          );
        })}
      </Card>
      <Card
        size="small"
        title={t('list.title')}
        extra={
          <Space wrap>
            <DatePicker
              picker="month"
              value={dayjs(`${month}-01`)}
              onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
              allowClear={false}
              inputReadOnly
            />
            {!phone && (
              <Button icon={<DownloadOutlined />} href={hygieneExportUrl(propertyId, month)} data-testid="hygiene-export">
                {t('export')}
              </Button>
            )}
          </Space>
        }
      >
        {sheets.length === 0 && !list.isLoading && <Empty description={t('list.empty')} />}
        {sheets.map((s) => (
          <div
            key={s.id}
            className="sq-row"
            role="button"
            style={{ cursor: 'pointer' }}
            onClick={() => setViewing(s)}
            data-testid="sheet-row"
          >
            <span className="sq-score" style={{ color: s.score < 80 ? '#cf1322' : s.score < 90 ? '#d48806' : undefined }}>
              {s.score}
            </span>
            <div className="sq-row-main">
              <div>
                <Tag>{t(`level.${s.level}`)}</Tag>
                {areaName(s.area)}
              </div>
              <div className="sq-sub">
                {s.inspectedOn} · {s.inspectorName}
                {s.items.some((i) => i.deduction > 0) &&
                  ` · ${s.items
                    .filter((i) => i.deduction > 0)
                    .map((i) => `${itemName(i.code)} −${i.deduction}${i.note ? `（${i.note}）` : ''}`)
                    .join('，')}`}
              </div>
            </div>
          </div>
        ))}
      </Card>
      <Drawer
        open={!!viewing}
        onClose={() => setViewing(null)}
        width={phone ? '100%' : 520}
        title={viewing ? `${t(`level.${viewing.level}`)} · ${areaName(viewing.area)}` : ''}
        extra={
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="sheet-print">
            {t('print.button')}
          </Button>
        }
      >
        {viewing && (
          <>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('print.score')}>
                <b data-testid="viewed-score">{viewing.score}</b>
              </Descriptions.Item>
              <Descriptions.Item label={t('form.day')}>{viewing.inspectedOn}</Descriptions.Item>
              <Descriptions.Item label={t('print.period')}>{`${viewing.periodStart} ~ ${viewing.periodEnd}`}</Descriptions.Item>
              <Descriptions.Item label={t('print.inspector')}>{viewing.inspectorName}</Descriptions.Item>
              {viewing.items
                .filter((i) => i.deduction > 0)
                .map((i) => (
                  <Descriptions.Item key={i.code} label={itemName(i.code)}>
                    −{i.deduction} {i.note}
                  </Descriptions.Item>
                ))}
              <Descriptions.Item label={t('form.remarks')}>{viewing.remarks ?? '—'}</Descriptions.Item>
            </Descriptions>
            <SheetPrint s={viewing} />
          </>
        )}
      </Drawer>
      {recording !== false && <RecordSheet open onClose={() => setRecording(false)} preset={recording} />}
    </>
  );
}

/** The event's 检查与总结 tab (M13): the inspection (查漏补缺, findings in red), the record, the survey, the work summary. */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Descriptions, List, Space, Statistic, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SURVEY_ITEMS, type EventDetail } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { eventKeys } from '../api';
import { inspectionQuery, recordQuery, summaryQuery, surveyQuery, wrapupWrite } from './api';

const pct = (r: number | null | undefined) => (r == null ? '—' : `${Math.round(r * 1000) / 10}%`);

export default function WrapupTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation('eventWrapup');
  const id = event.id;
  const p = event.policies;
  const staff = p.work || p.approve;
  const inspection = useQuery(inspectionQuery(id, p.work));
  const record = useQuery(recordQuery(id));
  const survey = useQuery(surveyQuery(id, p.work));
  const summary = useQuery(summaryQuery(id, staff && !(p.asOrganizer && !p.work)));
  const [picked, setPicked] = useState<string[]>([]);
  const inv = [eventKeys.event(id)];
  const fix = useApiMutation({ mutationFn: (itemId: string) => wrapupWrite.fix(id, itemId), invalidate: inv, success: t('fixed') });
  const conf = useApiMutation({
    mutationFn: (v: { itemId: string; on: boolean }) => wrapupWrite.confidential(id, v.itemId, v.on),
    invalidate: inv,
  });
  const hand = useApiMutation({
    mutationFn: () => wrapupWrite.handOver(id, picked),
    invalidate: inv,
    success: t('handedOver'),
    onSuccess: () => setPicked([]),
  });
  const send = useApiMutation({ mutationFn: () => wrapupWrite.sendSurvey(id), invalidate: inv, success: t('surveySent') });
  const draw = useApiMutation({ mutationFn: () => wrapupWrite.draw(id), invalidate: inv });
  const file = useApiMutation({ mutationFn: (v: number) => wrapupWrite.file(id, v), invalidate: inv, success: t('filedOk') });
  const ins = inspection.data;
  const s = summary.data;

  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 960 }}>
      {p.work && ins && (
        <Card
          title={t('inspection')}
          size="small"
          extra={ins.openFindings ? <Tag color="red">{t('openFindings', { n: ins.openFindings })}</Tag> : null}
        >
          <Typography.Paragraph type="secondary">
            {ins.inspectedAt
              ? t('inspectedBy', { leader: `${ins.leaderTitle ?? ''} ${ins.leaderName ?? ''}`, by: ins.recordedByName ?? '' })
              : t('scheduled', { day: ins.scheduledOn })}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={ins.items}
            renderItem={(i) => (
              <List.Item
                style={i.ok === false && !i.fixedAt ? { background: '#fff1f0' } : undefined}
                actions={
                  i.mayFix
                    ? [
                        <Button key="fix" size="small" type="primary" danger onClick={() => fix.mutate(i.id)}>
                          {t('markFixed')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Space wrap>
                  <span>{i.label}</span>
                  {i.ok === true && <Tag color="green">{t('ok')}</Tag>}
                  {i.ok === null && <Tag>{t('unchecked')}</Tag>}
                  {i.ok === false && (
                    <Tag color={i.fixedAt ? 'blue' : 'red'}>{i.fixedAt ? t('fixedBy', { name: i.fixedByName ?? '' }) : t('finding')}</Tag>
                  )}
                  {i.note && <Typography.Text type={i.fixedAt ? 'secondary' : 'danger'}>{i.note}</Typography.Text>}
                  {i.groupName && <Tag>{i.groupName}</Tag>}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card
        title={t('record')}
        size="small"
        extra={
          p.work && (
            <Button size="small" disabled={!picked.length} loading={hand.isPending} onClick={() => hand.mutate()}>
              {t('handOver')}
            </Button>
          )
        }
      >
        <List
          size="small"
          dataSource={record.data?.data ?? []}
          locale={{ emptyText: t('noRecord') }}
          renderItem={(r) => (
            <List.Item
              actions={
                p.work
                  ? [
                      <Switch
                        key="c"
                        size="small"
                        checkedChildren={t('confidential')}
                        unCheckedChildren={t('open')}
                        checked={r.confidential}
                        onChange={(on) => conf.mutate({ itemId: r.id, on })}
                      />,
                    ]
                  : []
              }
            >
              <Space wrap>
                {p.work && !r.handedOverAt && (
                  <Checkbox
                    checked={picked.includes(r.id)}
                    onChange={(e) => setPicked((x) => (e.target.checked ? [...x, r.id] : x.filter((y) => y !== r.id)))}
                  />
                )}
                <Tag>{t(`cat.${r.category}`)}</Tag>
                {r.file ? (
                  <a href={`/api/v1/events/${id}/record/${r.id}/file`} target="_blank" rel="noreferrer">
                    {r.title}
                  </a>
                ) : (
                  <span>{r.title}</span>
                )}
                {r.archiveRef && <Typography.Text type="secondary">{r.archiveRef}</Typography.Text>}
                {r.confidential && <Tag color="orange">{t('confidential')}</Tag>}
                {r.handedOverAt && <Tag color="blue">{t('handedOverTag')}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {p.work && survey.data && (
        <Card
          title={t('survey')}
          size="small"
          extra={
            <Button size="small" disabled={!survey.data.open} loading={send.isPending} onClick={() => send.mutate()}>
              {survey.data.sentAt ? t('resend') : t('send')}
            </Button>
          }
        >
          <Space wrap size="large">
            <Statistic title={t('answered')} value={`${survey.data.answered}/${survey.data.registered}`} />
            <Statistic title={t('responseRate')} value={pct(survey.data.responseRate)} />
            <Statistic title={t('overall')} value={survey.data.overall ?? '—'} />
            {SURVEY_ITEMS.map((k) => (
              <Statistic key={k} title={t(`item.${k}`)} value={survey.data.averages[k] ?? '—'} />
            ))}
          </Space>
          {survey.data.comments.map((c, i) => (
            <Typography.Paragraph key={i} style={{ margin: '8px 0 0' }}>
              “{c.comment}”
            </Typography.Paragraph>
          ))}
        </Card>
      )}
      {staff && !(p.asOrganizer && !p.work) && (
        <Card
          title={t('summary')}
          size="small"
          extra={
            <Space wrap>
              {p.manage && s?.status !== 'filed' && (
                <Button size="small" onClick={() => draw.mutate()} loading={draw.isPending}>
                  {s ? t('redraw') : t('draw')}
                </Button>
              )}
              {s && <Link to={`/events/${id}/summary-print`}>{t('print')}</Link>}
              {s && <a href={`/api/v1/events/${id}/summary?format=xlsx`}>{t('export')}</a>}
              {s && s.status === 'drafted' && (
                <Button size="small" type="primary" onClick={() => file.mutate(s.version)} loading={file.isPending}>
                  {t('file')}
                </Button>
              )}
            </Space>
          }
        >
          {s ? (
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              <Descriptions.Item label={t('status')}>
                {s.status === 'filed' ? <Tag color="green">{t('filed')}</Tag> : <Tag>{t('drafted')}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item
                label={t('registeredVsSigned')}
              >{`${s.figures.people} / ${s.figures.signedIn}（${pct(s.figures.attendanceRate)}）`}</Descriptions.Item>
              <Descriptions.Item
                label={t('budgetVsActual')}
              >{`¥${(s.figures.budgetFen / 100).toFixed(2)} / ¥${(s.figures.actualFen / 100).toFixed(2)}`}</Descriptions.Item>
              <Descriptions.Item label={t('incidents')}>{s.figures.incidents.length}</Descriptions.Item>
              <Descriptions.Item label={t('findings')}>{s.figures.findings.length}</Descriptions.Item>
              <Descriptions.Item label={t('overall')}>{s.figures.survey.overall ?? '—'}</Descriptions.Item>
            </Descriptions>
          ) : (
            <Typography.Text type="secondary">{t('notDrawn')}</Typography.Text>
          )}
        </Card>
      )}
    </Space>
  );
}

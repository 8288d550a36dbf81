/**
 * One round (desk and phone): its checkpoints in order with what was found; the inspector scans a checkpoint's
 * QR code (or types it), or picks the checkpoint with a reason when the code is damaged, fills its checklist
 * with photos, and completes the round. The findings it raised are shown below.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Drawer, Form, Input, List, Modal, Select, Space, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, QrcodeOutlined, SelectOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '@hy/contracts';
import { QrScanner } from '../../../components/files/QrScanner';
import { Photos } from '../../../components/files/Photos';
import { PageHeader } from '../../../components/PageHeader';
import { useDateTime } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { FindingsOfRound } from '../findings/FindingsOfRound';
import { completeRound, ROUNDS_LIVE_TOPICS, roundQuery, roundsKeys, saveResults, visitCheckpoint } from './api';
import { Checklist } from './Checklist';
import { StateTag } from './StateTag';

export default function RoundPage() {
  const { t } = useTranslation('patrolRounds');
  const { id = null } = useParams();
  const { propertyId } = useSession();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const fmt = useDateTime();
  useLive(ROUNDS_LIVE_TOPICS, [roundsKeys.one(id)], propertyId);
  const q = useQuery(roundQuery(id));
  const r = q.data;
  const [scanning, setScanning] = useState(false);
  const [picking, setPicking] = useState(false);
  const [filling, setFilling] = useState<{ cp: Checkpoint; visitId: string } | null>(null);
  const [pickForm] = Form.useForm();
  const [checkForm] = Form.useForm();
  const invalidate = [roundsKeys.all];
  const visit = useApiMutation({
    mutationFn: visitCheckpoint,
    invalidate,
    form: pickForm,
    onSuccess: (res, v) => {
      setScanning(false);
      setPicking(false);
      const cp = res.checkpoints.find((c) => (v.token ? c.qrToken === v.token : c.id === v.checkpointId));
      if (cp) {
        checkForm.resetFields();
        setFilling({ cp, visitId: res.visitId });
      }
    },
  });
  const save = useApiMutation({
    mutationFn: saveResults,
    invalidate,
    form: checkForm,
    success: t('round.recorded'),
    onSuccess: () => setFilling(null),
  });
  const complete = useApiMutation({ mutationFn: completeRound, invalidate, success: t('round.completed') });
  if (q.isLoading) return <Spin />;
  if (!r) return null;
  const visitOf = (cpId: string) => r.visits.find((v) => v.checkpointId === cpId);
  const pending = r.checkpoints.filter((c) => !visitOf(c.id)?.results.length);
  const walk = r.policies.walk;
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {r.planName}
            <StateTag state={r.state} late={r.late} />
          </Space>
        }
        extra={<Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="back" style={{ minHeight: 40 }} />}
      />
      <Descriptions size="small" column={phone ? 1 : 3} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('col.area')}>{r.area}</Descriptions.Item>
        <Descriptions.Item label={t('col.window')}>
          {fmt(r.windowStart)}–{fmt(r.windowEnd).slice(11)}
        </Descriptions.Item>
        <Descriptions.Item label={t('col.inspector')}>
          {r.assigneeName ?? t('unassigned')}
          {r.reassignedFromName && <Tag style={{ marginLeft: 6 }}>{t('reassigned', { name: r.reassignedFromName })}</Tag>}
        </Descriptions.Item>
        {r.startedAt && <Descriptions.Item label={t('round.started')}>{fmt(r.startedAt)}</Descriptions.Item>}
        {r.completedAt && <Descriptions.Item label={t('round.finished')}>{fmt(r.completedAt)}</Descriptions.Item>}
      </Descriptions>
      {walk && (
        <Space wrap style={{ marginBottom: 12, width: '100%' }}>
          <Button
            type="primary"
            size="large"
            icon={<QrcodeOutlined />}
            onClick={() => setScanning(true)}
            disabled={!pending.length}
            data-testid="scan-open"
          >
            {t('round.scan')}
          </Button>
          <Button
            size="large"
            icon={<SelectOutlined />}
            onClick={() => (pickForm.resetFields(), setPicking(true))}
            disabled={!pending.length}
            data-testid="pick-open"
          >
            {t('round.pick')}
          </Button>
          {r.state === 'in_progress' && (
            <Button
              size="large"
              icon={<CheckCircleOutlined />}
              type={pending.length ? 'default' : 'primary'}
              loading={complete.isPending}
              onClick={() => complete.mutate(r.id)}
              data-testid="round-complete"
            >
              {t('round.complete')}
            </Button>
          )}
        </Space>
      )}
      {walk && r.state === 'in_progress' && !pending.length && (
        <Alert type="success" showIcon message={t('round.allDone')} style={{ marginBottom: 12 }} />
      )}
      <Card size="small" title={`${t('round.checkpoints')} · ${t('progress', { done: r.visitedCount, total: r.checkpointCount })}`}>
        <List
          dataSource={r.checkpoints}
          renderItem={(c, i) => {
            const v = visitOf(c.id);
            const done = !!v?.results.length;
            return (
              <List.Item data-testid="round-cp" data-state={done ? 'done' : v ? 'visited' : 'pending'}>
                <div style={{ width: '100%' }}>
                  <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                    <Typography.Text strong>
                      {i + 1}. {c.name}
                    </Typography.Text>
                    {done ? <Tag color="green">{t('round.visited')}</Tag> : <Tag>{t('round.pending')}</Tag>}
                    {v?.method === 'pick' && <Tag color="orange">{t('round.picked')}</Tag>}
                  </Space>
                  {c.location && <div style={{ color: '#888', fontSize: 12 }}>{c.location}</div>}
                  {v && (
                    <div style={{ fontSize: 12, color: '#666' }}>
                      {t('round.at', { name: v.visitedByName, time: fmt(v.visitedAt) })}
                      {v.pickReason && ` · ${v.pickReason}`}
                    </div>
                  )}
                  {v && !done && walk && (
                    <Button size="small" type="link" onClick={() => (checkForm.resetFields(), setFilling({ cp: c, visitId: v.id }))}>
                      {t('round.fill')}
                    </Button>
                  )}
                  {done && (
                    <div style={{ marginTop: 4 }}>
                      {c.items.map((it) => {
                        const res = v!.results.find((x) => x.checkItemId === it.id);
                        if (!res) return null;
                        return (
                          <div key={it.id} style={{ fontSize: 13 }} data-testid="result-row" data-outcome={res.outcome}>
                            <Tag color={res.outcome === 'fail' ? 'red' : res.outcome === 'pass' ? 'green' : 'default'}>
                              {t(`round.${res.outcome}`)}
                            </Tag>
                            {it.label}
                            {res.valueNumber !== null && ` ${res.valueNumber}${it.unit ?? ''}`}
                            {res.valueText && ` · ${res.valueText}`}
                            {res.note && <Typography.Text type="secondary"> · {res.note}</Typography.Text>}
                            {res.photos.length > 0 && <Photos files={res.photos} size={56} />}
                          </div>
                        );
                      })}
                    </div>
                  )}
                </div>
              </List.Item>
            );
          }}
        />
      </Card>
      <Card size="small" title={t('round.findings')} style={{ marginTop: 12 }}>
        <FindingsOfRound roundId={r.id} />
      </Card>
      <Drawer
        open={scanning}
        onClose={() => setScanning(false)}
        title={t('round.scanTitle')}
        placement="bottom"
        height="85%"
        destroyOnClose
      >
        <QrScanner paused={!scanning || visit.isPending} onScan={(token) => visit.mutate({ id: r.id, token })} testId="round-scanner" />
      </Drawer>
      <Modal
        open={picking}
        onCancel={() => setPicking(false)}
        title={t('round.pickTitle')}
        onOk={() => pickForm.submit()}
        confirmLoading={visit.isPending}
        destroyOnClose
      >
        <Form
          form={pickForm}
          layout="vertical"
          onFinish={(v) => visit.mutate({ id: r.id, checkpointId: v.checkpointId, pickReason: v.pickReason })}
        >
          <Form.Item name="checkpointId" label={t('round.checkpoints')} rules={[{ required: true }]}>
            <Select options={pending.map((c) => ({ value: c.id, label: c.name }))} data-testid="pick-select" />
          </Form.Item>
          <Form.Item name="pickReason" label={t('round.pickReason')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} placeholder={t('round.pickReasonPlaceholder')} data-testid="pick-reason" />
          </Form.Item>
        </Form>
      </Modal>
      <Drawer
        open={!!filling}
        onClose={() => setFilling(null)}
        title={filling?.cp.name}
        placement={phone ? 'bottom' : 'right'}
        height="92%"
        width={520}
        destroyOnClose
      >
        {filling && (
          <Checklist
            cp={filling.cp}
            form={checkForm}
            saving={save.isPending}
            onSubmit={(results) => save.mutate({ id: r.id, visitId: filling.visitId, results })}
          />
        )}
      </Drawer>
    </>
  );
}

/** One fax received (传真统计本 line): recipient, unit, pages, time, state, and what the desk does next. */
import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { BcFaxIn } from '@hy/contracts';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { bcKeys, faxCollect, faxFound, faxNoticeLeft, faxPhoned } from './api';
import { FAX_STATE_COLOR } from './labels';

export function FaxCard({ f, canWork }: { f: BcFaxIn; canWork: boolean }) {
  const { t } = useTranslation('bizCenter');
  const dt = useDateTime();
  const navigate = useNavigate();
  const { propertyId } = useSession();
  const [phoning, setPhoning] = useState(false);
  const [finding, setFinding] = useState(false);
  const [signing, setSigning] = useState(false);
  const [pForm] = Form.useForm<{ whom: string }>();
  const [fForm] = Form.useForm<{ recipientName: string; unitText?: string }>();
  const inv = [bcKeys.all];
  const phoned = useApiMutation({
    mutationFn: (whom: string) => faxPhoned({ id: f.id, whom }),
    form: pForm,
    invalidate: inv,
    onSuccess: () => setPhoning(false),
  });
  const notice = useApiMutation({
    mutationFn: () => faxNoticeLeft(f.id),
    invalidate: inv,
    onSuccess: () => navigate(`/paid-services/business-center/faxes/${f.id}/notice`),
  });
  const found = useApiMutation({
    mutationFn: (v: { recipientName: string; unitText?: string }) =>
      faxFound({ id: f.id, recipientName: v.recipientName, unitText: v.unitText || null, organizationId: null }),
    form: fForm,
    invalidate: inv,
    onSuccess: () => setFinding(false),
  });
  const collect = useApiMutation({
    mutationFn: (v: { signerName: string; signatureId: string }) => faxCollect({ id: f.id, ...v }),
    invalidate: inv,
    success: t('fax.collected'),
    onSuccess: () => setSigning(false),
  });
  const big = { minHeight: 40 };
  return (
    <Card size="small" data-testid="fax-card" data-state={f.state}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text strong>
          {f.recipientName || t('fax.noRecipient')}
          {f.unitText ? ` · ${f.unitText}` : ''}
        </Typography.Text>
        <Space size={4}>
          {f.situation !== 'normal' && <Tag color="orange">{t(`situation.${f.situation}`)}</Tag>}
          <Tag color={FAX_STATE_COLOR[f.state]}>{t(`faxState.${f.state}`)}</Tag>
        </Space>
      </Space>
      <div style={{ fontSize: 13, color: '#555' }}>
        {dt(f.receivedAt)} · {t('fax.pagesN', { n: f.pages })}
        {f.organizationName ? ` · ${f.organizationName}` : ''}
        {f.sender ? ` · ${t('field.sender')}：${f.sender}` : ''}
      </div>
      <div style={{ fontSize: 12, color: '#777' }}>
        {f.phonedAt && <div>{t('fax.phonedBy', { by: f.phonedByName, whom: f.phonedWhom, at: dt(f.phonedAt) })}</div>}
        {f.noticeLeftAt && (
          <div>
            {t('fax.noticeLeft')} {dt(f.noticeLeftAt)}
          </div>
        )}
        {f.csAskedAt && (
          <div>
            {t('fax.csAsked')} {dt(f.csAskedAt)}
          </div>
        )}
        {f.frontDeskNoteAt && (
          <div>
            {t('fax.frontDeskNote')} {dt(f.frontDeskNoteAt)}
          </div>
        )}
        {f.fileDueAt && !f.filedAt && <div style={{ color: '#d46b08' }}>{t('fax.fileDue', { at: dt(f.fileDueAt) })}</div>}
        {f.filedAt && (
          <div>
            {t('fax.filed')} {dt(f.filedAt)}
          </div>
        )}
        {f.collectedAt && (
          <div>
            {t('fax.collected')} {dt(f.collectedAt)} · {f.collectedByName}
          </div>
        )}
      </div>
      {canWork && (f.state === 'waiting' || f.state === 'unknown') && (
        <Space wrap size={6} style={{ marginTop: 6 }}>
          {f.state === 'unknown' && (
            <Button type="primary" style={big} onClick={() => setFinding(true)} data-testid="fax-found">
              {t('fax.found')}
            </Button>
          )}
          {f.state === 'waiting' && (
            <>
              <Button style={big} onClick={() => setPhoning(true)} data-testid="fax-phoned">
                {t('fax.phoned')}
              </Button>
              <Button style={big} loading={notice.isPending} onClick={() => notice.mutate()} data-testid="fax-notice">
                {t('fax.leaveNotice')}
              </Button>
              <Button type="primary" style={big} onClick={() => setSigning(true)} data-testid="fax-collect">
                {t('fax.collect')}
              </Button>
            </>
          )}
        </Space>
      )}
      <Modal
        open={phoning}
        title={t('fax.phonedTitle')}
        onCancel={() => setPhoning(false)}
        onOk={() => pForm.submit()}
        confirmLoading={phoned.isPending}
        destroyOnHidden
      >
        <Form form={pForm} layout="vertical" onFinish={(v) => phoned.mutate(v.whom)} initialValues={{ whom: f.recipientName }}>
          <Form.Item name="whom" label={t('field.whom')} rules={[{ required: true, whitespace: true, max: 64 }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={finding}
        title={t('fax.foundTitle')}
        onCancel={() => setFinding(false)}
        onOk={() => fForm.submit()}
        confirmLoading={found.isPending}
        destroyOnHidden
      >
        <Form form={fForm} layout="vertical" onFinish={(v) => found.mutate(v)}>
          <Form.Item name="recipientName" label={t('field.recipientName')} rules={[{ required: true, whitespace: true, max: 64 }]}>
            <Input data-testid="found-name" />
          </Form.Item>
          <Form.Item name="unitText" label={t('field.unitText')}>
            <Input maxLength={40} />
          </Form.Item>
        </Form>
      </Modal>
      {propertyId && (
        <SignatureModal
          open={signing}
          propertyId={propertyId}
          title={t('fax.collectTitle')}
          signerName={f.recipientName}
          onClose={() => setSigning(false)}
          onSigned={(file) => collect.mutate({ signerName: file.signerName ?? f.recipientName, signatureId: file.id })}
        />
      )}
    </Card>
  );
}

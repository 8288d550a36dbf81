/** What the reader may do to a finding now (from its policies): fix, re-inspect, send to repair, verify and sign, close. */
import { useState } from 'react';
import { Alert, Button, Form, Input, Radio, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FileRef, Finding } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { PhotoPicker } from '../../../components/files/PhotoPicker';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { closeFinding, findingKeys, fixFinding, reinspectFinding, repairFinding, verifyFinding } from './api';

type Dialog = 'fix' | 'reinspect' | 'repair' | 'close' | 'verify' | null;
interface Values {
  note?: string;
  photos?: FileRef[];
  outcome?: 'pass' | 'fail';
  content?: string;
  urgent?: boolean;
}

export function FindingActions({ f }: { f: Finding }) {
  const { t } = useTranslation('patrolFindings');
  const { propertyId, me } = useSession();
  const phone = useIsPhone();
  const [open, setOpen] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const close = () => {
    setOpen(null);
    setError(null);
    form.resetFields();
  };
  const m = useApiMutation({
    mutationFn: (v: Values) => {
      const photoIds = (v.photos ?? []).map((p) => p.id);
      if (open === 'fix') return fixFinding({ id: f.id, note: v.note, photoIds });
      if (open === 'reinspect') return reinspectFinding({ id: f.id, outcome: v.outcome ?? 'pass', note: v.note, photoIds });
      if (open === 'repair') return repairFinding({ id: f.id, content: v.content, urgent: !!v.urgent });
      return closeFinding({ id: f.id, note: v.note });
    },
    form,
    invalidate: [findingKeys.all],
    success: () => (open && open !== 'verify' ? t(`done.${open}`) : undefined),
    onSuccess: close,
    onError: setError,
  });
  const verify = useApiMutation({
    mutationFn: (signatureId: string) => verifyFinding({ id: f.id, signatureId }),
    invalidate: [findingKeys.all],
    success: t('done.verify'),
    onSuccess: close,
  });
  const p = f.policies;
  if (!p.fix && !p.reinspect && !p.repair && !p.verify && !p.close) return null;
  const btn = (d: Exclude<Dialog, null>, primary = false) => (
    <Button
      key={d}
      type={primary ? 'primary' : 'default'}
      block={phone}
      size={phone ? 'large' : 'middle'}
      onClick={() => setOpen(d)}
      data-testid={`finding-${d}`}
    >
      {t(`action.${d}`)}
    </Button>
  );
  const title =
    open === 'fix' ? t('fixTitle') : open === 'reinspect' ? t('reinspectTitle') : open === 'repair' ? t('repairTitle') : t('closeTitle');
  return (
    <>
      <Space direction={phone ? 'vertical' : 'horizontal'} style={{ width: phone ? '100%' : undefined }} wrap>
        {p.fix && btn('fix', true)}
        {p.reinspect && btn('reinspect', true)}
        {p.repair && btn('repair', true)}
        {p.verify && btn('verify', true)}
        {p.close && btn('close')}
      </Space>
      <FormModal<Values>
        open={open !== null && open !== 'verify'}
        onClose={close}
        title={title}
        form={form}
        name="finding-step"
        saving={m.isPending}
        error={error}
        onFinish={(v) => m.mutate(v)}
        saveTestId="finding-step-save"
      >
        {open === 'repair' && <Alert type="info" showIcon message={t('repairHint')} style={{ marginBottom: 12 }} />}
        {open === 'reinspect' && (
          <Form.Item name="outcome" label={t('field.outcome')} initialValue="pass" rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" data-testid="reinspect-outcome">
              <Radio.Button value="pass">{t('outcome.pass')}</Radio.Button>
              <Radio.Button value="fail">{t('outcome.fail')}</Radio.Button>
            </Radio.Group>
          </Form.Item>
        )}
        {open === 'repair' ? (
          <>
            <Form.Item
              name="content"
              label={t('field.content')}
              initialValue={`${f.checkpointName}：${f.title}${f.note ? `（${f.note}）` : ''}`}
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            {f.category === 'safety' && (
              <Form.Item name="urgent" label={t('field.urgent')} valuePropName="checked" initialValue={false}>
                <Switch />
              </Form.Item>
            )}
          </>
        ) : (
          <Form.Item name="note" label={t('field.note')}>
            <Input.TextArea rows={3} maxLength={500} data-testid="finding-step-note" />
          </Form.Item>
        )}
        {(open === 'fix' || open === 'reinspect') && propertyId && (
          <Form.Item name="photos" label={t('field.photos')}>
            <PhotoPicker propertyId={propertyId} testId="finding-photos" />
          </Form.Item>
        )}
      </FormModal>
      {propertyId && (
        <SignatureModal
          open={open === 'verify'}
          propertyId={propertyId}
          title={t('signTitle')}
          signerName={me?.displayName}
          onClose={close}
          onSigned={(ref) => verify.mutate(ref.id)}
        />
      )}
    </>
  );
}

/**
 * What the reader may do to one visit (the server's policies): record a phoned answer, let in (ID, badge;
 * then the slip), sign out, a supervisor's decision on a watch-list hold, cancel; the host answers in the app.
 */
import { useContext, useState } from 'react';
import { Button, Form, Input, Popconfirm, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONSENT_ANSWERS, type ConsentAnswer, type Visit } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useApiMutation } from '../../../lib/mutation';
import { answerConsent, cancelVisit, checkInVisit, checkOutVisit, decideHold, markNoShow, visitKeys, type CheckInInput } from './api';
import { IdFields } from './IdFields';
import { SlipContext, SlipModal } from './SlipModal';

type Open = null | 'phone' | 'checkIn' | 'decide' | 'slip';

export function VisitActions({ v, host = false }: { v: Visit; host?: boolean }) {
  const { t } = useTranslation('visitors');
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const showSlip = useContext(SlipContext);
  const close = () => {
    setOpen(null);
    setError(null);
  };
  const opts = { invalidate: [visitKeys.all], form, onError: (m: string) => setError(m) };
  const consent = useApiMutation({ mutationFn: answerConsent, ...opts, success: t('msg.saved'), onSuccess: close });
  const checkIn = useApiMutation({
    mutationFn: checkInVisit,
    ...opts,
    success: (r) => (r.status === 'held' ? t('msg.held') : t('msg.checkedIn')),
    onSuccess: (r) => {
      if (r.status !== 'checked_in') return close();
      if (!showSlip) return setOpen('slip');
      close();
      showSlip(r);
    },
  });
  const decide = useApiMutation({ mutationFn: decideHold, ...opts, success: t('msg.saved'), onSuccess: close });
  const simple = { invalidate: [visitKeys.all] };
  const out = useApiMutation({ mutationFn: checkOutVisit, ...simple, success: t('msg.checkedOut') });
  const cancel = useApiMutation({ mutationFn: cancelVisit, ...simple, success: t('msg.saved') });
  const noShow = useApiMutation({ mutationFn: markNoShow, ...simple, success: t('msg.markedNoShow') });
  const p = v.policies;
  const tid = (s: string) => `visit-${s}-${v.id}`;
  return (
    <div className="fd-visit-actions">
      {p.consent && host && (
        <>
          {CONSENT_ANSWERS.map((a) => (
            <Button
              key={a}
              type={a === 'accept' ? 'primary' : 'default'}
              danger={a === 'decline'}
              loading={consent.isPending}
              onClick={() => consent.mutate({ id: v.id, answer: a, channel: 'app' })}
              data-testid={`${tid('answer')}-${a}`}
            >
              {t(`answer.${a}`)}
            </Button>
          ))}
        </>
      )}
      {p.consent && !host && v.status !== 'expected' && (
        <Button
          type={v.consentOverdue ? 'primary' : 'default'}
          danger={v.consentOverdue}
          onClick={() => setOpen('phone')}
          data-testid={tid('phone')}
        >
          {t('act.consentPhone')}
        </Button>
      )}
      {p.consent && !host && v.status === 'expected' && v.officeWord && !v.consent && (
        <Button onClick={() => setOpen('phone')} data-testid={tid('phone')}>
          {t('act.consentPhone')}
        </Button>
      )}
      {p.checkIn && (
        <Button
          type="primary"
          onClick={() => {
            form.setFieldsValue({
              idType: v.idType ?? 'resident_id',
              idNumber: v.idNumber,
              partySize: v.partySize,
              carPlate: v.carPlate,
              badgeNo: v.badgeNo,
            });
            setOpen('checkIn');
          }}
          data-testid={tid('checkin')}
        >
          {t('act.checkIn')}
        </Button>
      )}
      {p.decide && (
        <Button danger onClick={() => setOpen('decide')} data-testid={tid('decide')}>
          {t('act.decide')}
        </Button>
      )}
      {v.status === 'checked_in' && v.slipToken && !host && (
        <Button onClick={() => setOpen('slip')} data-testid={tid('slip')}>
          {t('act.slip')}
        </Button>
      )}
      {p.checkOut && (
        <Button onClick={() => out.mutate(v.id)} loading={out.isPending} data-testid={tid('checkout')}>
          {t('act.checkOut')}
        </Button>
      )}
      {p.noShow && !host && (
        <Popconfirm
          title={t('msg.confirmNoShow')}
          onConfirm={() => noShow.mutate(v.id)}
          okButtonProps={{ 'data-testid': tid('noshow-ok') } as React.ComponentProps<typeof Button>}
        >
          <Button loading={noShow.isPending} data-testid={tid('noshow')}>
            {t('act.noShow')}
          </Button>
        </Popconfirm>
      )}
      {p.cancel && (
        <Popconfirm title={t('msg.confirmCancel')} onConfirm={() => cancel.mutate(v.id)}>
          <Button type="text" data-testid={tid('cancel')}>
            {t('act.cancel')}
          </Button>
        </Popconfirm>
      )}
      {open === 'phone' && (
        <FormModal
          open
          onClose={close}
          title={`${t('act.consentPhone')} · ${v.visitorName} → ${v.hostName}`}
          form={form}
          name="visit-phone"
          saving={consent.isPending}
          error={error}
          saveTestId="visit-phone-save"
          onFinish={(x: { answer: ConsentAnswer; consenterName: string; note?: string }) =>
            consent.mutate({ id: v.id, channel: 'phone', ...x })
          }
        >
          {v.officeWord && <p className="fd-visit-sub">{t('msg.officeWordHint')}</p>}
          <Form.Item name="answer" label={t('col.status')} initialValue="accept" rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={CONSENT_ANSWERS.map((a) => ({ value: a, label: t(`answer.${a}`) }))} />
          </Form.Item>
          <Form.Item name="consenterName" label={t('f.consenterName')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={40} data-testid="visit-consenter" />
          </Form.Item>
          <Form.Item name="note" label={t('f.note')}>
            <Input maxLength={200} />
          </Form.Item>
        </FormModal>
      )}
      {open === 'checkIn' && (
        <FormModal
          open
          onClose={close}
          title={`${t('act.checkIn')} · ${v.visitorName}`}
          form={form}
          name="visit-checkin"
          saving={checkIn.isPending}
          error={error}
          saveTestId="visit-checkin-save"
          width={560}
          onFinish={(x: CheckInInput) =>
            checkIn.mutate({
              id: v.id,
              input: { ...x, idNumber: x.idNumber || null, carPlate: x.carPlate || null, badgeNo: x.badgeNo || null },
            })
          }
        >
          <IdFields />
        </FormModal>
      )}
      {open === 'decide' && (
        <FormModal
          open
          onClose={close}
          title={`${t('act.decide')} · ${v.visitorName}`}
          form={form}
          name="visit-decide"
          saving={decide.isPending}
          error={error}
          saveTestId="visit-decide-save"
          onFinish={(x: { decision: 'admit' | 'refuse'; note?: string }) => decide.mutate({ id: v.id, ...x })}
        >
          {v.hold && <p>{t('msg.holdReason', { reason: v.hold.reason })}</p>}
          <Form.Item name="decision" label={t('act.decide')} initialValue="refuse" rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'admit', label: t('act.admit') },
                { value: 'refuse', label: t('act.refuse') },
              ]}
            />
          </Form.Item>
          <Form.Item name="note" label={t('f.note')}>
            <Input maxLength={200} />
          </Form.Item>
        </FormModal>
      )}
      {open === 'slip' && <SlipModal visit={v} onClose={close} />}
    </div>
  );
}

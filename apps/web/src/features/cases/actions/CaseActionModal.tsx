/** The case's action dialogs: one modal, a form per action; server refusals (422) are shown in it. */
import { useEffect, useState } from 'react';
import type { ButtonProps } from 'antd';
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Radio, Rate, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import {
  CASE_CATEGORIES,
  CASE_KINDS,
  CASE_SUBCATEGORIES,
  COMMUNICATIVE_TYPES,
  COMPLAINT_NATURES,
  FOLLOW_UP_KINDS,
  SEVERITIES,
  URGENCIES,
  classificationInput,
  classificationOf,
} from '@hy/contracts';
import type { CaseDetail, ClassificationForm, WorkOrderRow } from '@hy/contracts';
import { ApiError } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import {
  addCallback,
  classifyCase,
  closeCase,
  dispatchCase,
  extendCase,
  followUpCase,
  issueWorkOrder,
  pauseCase,
  resolveCase,
  resumeCase,
  signOffEmergency,
  signWorkOrder,
  transferWorkOrder,
  useCaseWrite,
  useEngineers,
  useWorkload,
  voidWorkOrder,
} from '../api';
import { useCaseLabels } from '../labels';

export type CaseAction =
  | { kind: 'followUp'; followUpKind?: string }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'extend' }
  | { kind: 'dispatch' }
  | { kind: 'resolve' }
  | { kind: 'close' }
  | { kind: 'classify' }
  | { kind: 'issue' }
  | { kind: 'callback' }
  | { kind: 'signOffEmergency' }
  | { kind: 'void'; wo: WorkOrderRow }
  | { kind: 'sign'; wo: WorkOrderRow }
  | { kind: 'transfer'; wo: WorkOrderRow };

export function CaseActionModal({ c, action, onClose }: { c: CaseDetail; action: CaseAction | null; onClose(): void }) {
  const L = useCaseLabels();
  const { t } = useTranslation(['cases', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const { propertyId } = session;
  const [form] = Form.useForm();
  const [refusal, setRefusal] = useState<{ title: string; reasons: string[] } | null>(null);
  // the closing conditions (S8) and other 422 refusals are shown in the dialog; field errors land on the form
  const write = useCaseWrite((run: () => Promise<unknown>) => run(), {
    form,
    success: () => (action ? t(`action.${action.kind}Done`) : undefined),
    onSuccess: () => onClose(),
    onError: (text, err) => {
      if (err instanceof ApiError && Array.isArray((err.problem as { reasons?: unknown }).reasons)) {
        const reasons = (err.problem as unknown as { reasons: { message: string }[] }).reasons.map((r) => r.message);
        setRefusal({ title: err.problem.title, reasons });
      } else if (err instanceof ApiError && err.status === 422) {
        setRefusal({ title: err.problem.title, reasons: err.problem.detail ? [err.problem.detail] : [] });
      } else message.error(text);
    },
  });
  const engineers = useEngineers(propertyId).data ?? [];
  const workload = useWorkload(propertyId, action?.kind === 'issue' || action?.kind === 'transfer').data;
  const assigneeOptions = workload?.engineers.length
    ? workload.engineers.map((u) => ({
        value: u.userId,
        label: t('dispatch.workloadOpen', { name: u.displayName, count: u.openWorkOrders }),
      }))
    : engineers.map((u) => ({ value: u.id, label: u.displayName }));
  const kindV = Form.useWatch('kind', form);
  const natureV = Form.useWatch('nature', form);
  const categoryV = Form.useWatch('category', form);

  useEffect(() => {
    setRefusal(null);
    form.resetFields();
  }, [action, form]);

  if (!action) return null;
  const k = action.kind;

  const initial: Record<string, unknown> = (() => {
    switch (k) {
      case 'followUp':
        return { kind: action.followUpKind ?? 'follow_up' };
      case 'classify':
        return classificationOf(c);
      case 'issue':
        return { paid: false, content: c.content, urgency: c.urgency, customerName: c.contactName, reporterName: c.contactName };
      case 'close':
        return { result: 'resolved', proofChecked: c.proofChecked };
      case 'callback':
        return { satisfied: true, courtesyRating: 5, attitudeRating: 5 };
      case 'extend':
        return { resolveDueAt: dayjs(c.resolveDueAt).add(1, 'day') };
      case 'sign':
        return { name: c.contactName ?? '' };
      default:
        return {};
    }
  })();

  const call = (v: Record<string, any>) => {
    switch (k) {
      case 'followUp':
        return followUpCase(c.id, { kind: v.kind, note: v.note });
      case 'pause':
        return pauseCase(c.id, { reason: v.reason });
      case 'resume':
        return resumeCase(c.id, { note: v.note || null });
      case 'extend':
        return extendCase(c.id, { resolveDueAt: (v.resolveDueAt as dayjs.Dayjs).toISOString(), reason: v.reason });
      case 'dispatch':
        return dispatchCase(c.id, { assigneeId: v.assigneeId ?? null, note: v.note || null });
      case 'resolve':
        return resolveCase(c.id, { note: v.note });
      case 'close':
        return closeCase(c.id, {
          result: v.result,
          note: v.note || null,
          proofChecked: c.kind === 'repair' ? undefined : !!v.proofChecked,
          proofNote: v.proofNote || null,
          version: c.version,
        });
      case 'classify':
        return classifyCase(c.id, { ...classificationInput(v as ClassificationForm), note: v.note, version: c.version });
      case 'issue':
        return issueWorkOrder(c.id, {
          paid: !!v.paid,
          content: v.content,
          urgency: v.urgency,
          assigneeId: v.assigneeId ?? null,
          customerName: v.customerName || null,
          reportingDepartment: v.reportingDepartment || null,
          reporterName: v.reporterName || null,
        });
      case 'signOffEmergency':
        return signOffEmergency(c.id, { note: v.note });
      case 'callback':
        return addCallback(c.id, {
          satisfied: v.satisfied,
          courtesyRating: v.courtesyRating,
          attitudeRating: v.attitudeRating,
          comment: v.comment || null,
        });
      case 'void':
        return voidWorkOrder(action.wo.id, { reason: v.reason });
      case 'sign':
        return signWorkOrder(action.wo.id, { name: v.name, method: 'paper' });
      case 'transfer':
        return transferWorkOrder(action.wo.id, { assigneeId: v.assigneeId, reason: v.reason });
    }
  };

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setRefusal(null);
    write.mutate(() => call(v));
  };

  const req = (label: string) => [{ required: true, whitespace: true, message: t('required', { field: label }) }];
  const needsApology = k === 'extend' && c.kind === 'complaint' && !c.apologyRecordedAt;

  const fields = (() => {
    switch (k) {
      case 'followUp':
        return (
          <>
            <Form.Item name="kind" label={t('field.followUpKind')}>
              <Radio.Group optionType="button" options={FOLLOW_UP_KINDS.map((x) => ({ value: x, label: t(`followUpKind.${x}`) }))} />
            </Form.Item>
            <Form.Item name="note" label={t('field.note')} rules={req(t('field.note'))}>
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="action-note" />
            </Form.Item>
          </>
        );
      case 'pause':
        return (
          <Form.Item name="reason" label={t('field.reason')} rules={req(t('field.reason'))} extra={t('action.pauseHint')}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        );
      case 'resume':
        return (
          <Form.Item name="note" label={t('field.note')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        );
      case 'resolve':
        return (
          <Form.Item name="note" label={t('field.resolution')} rules={req(t('field.resolution'))}>
            <Input.TextArea rows={4} maxLength={2000} data-testid="action-note" />
          </Form.Item>
        );
      case 'extend':
        return (
          <>
            {needsApology && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('action.apologyFirst')} />}
            <Typography.Paragraph type="secondary">
              {t('action.extendHint', { due: dayjs(c.resolveDueAt).format('YYYY-MM-DD HH:mm') })}
            </Typography.Paragraph>
            <Form.Item
              name="resolveDueAt"
              label={t('field.newDue')}
              rules={[{ required: true, message: t('required', { field: t('field.newDue') }) }]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name="reason" label={t('field.reason')} rules={req(t('field.reason'))}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </>
        );
      case 'dispatch':
        return (
          <>
            {engineers.length > 0 && (
              <Form.Item name="assigneeId" label={t('field.assignee')}>
                <Select
                  allowClear
                  placeholder={t('wo.anyEngineer')}
                  options={engineers.map((u) => ({ value: u.id, label: u.displayName }))}
                />
              </Form.Item>
            )}
            <Form.Item name="note" label={t('field.note')}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </>
        );
      case 'close':
        return (
          <>
            <Form.Item name="result" label={t('field.closeResult')}>
              <Radio.Group
                options={[
                  { value: 'resolved', label: t('closeResult.resolved') },
                  { value: 'unresolvable', label: t('closeResult.unresolvable') },
                ]}
              />
            </Form.Item>
            {c.kind !== 'repair' && (
              <>
                <Form.Item name="proofChecked" valuePropName="checked">
                  <Checkbox>{t('action.proofChecked')}</Checkbox>
                </Form.Item>
                <Form.Item name="proofNote" label={t('field.proofNote')}>
                  <Input maxLength={500} />
                </Form.Item>
              </>
            )}
            <Form.Item name="note" label={t('field.closeNote')}>
              <Input.TextArea rows={3} maxLength={2000} data-testid="action-note" />
            </Form.Item>
          </>
        );
      case 'classify':
        return (
          <>
            <Form.Item name="kind" label={t('field.kind')}>
              <Radio.Group optionType="button" options={CASE_KINDS.map((x) => ({ value: x, label: L.kind(x) }))} />
            </Form.Item>
            {kindV === 'complaint' && (
              <div style={{ display: 'flex', gap: 12 }}>
                <Form.Item name="nature" label={t('field.nature')} style={{ flex: 1 }}>
                  <Select allowClear options={COMPLAINT_NATURES.map((x) => ({ value: x, label: L.nature(x) }))} />
                </Form.Item>
                {natureV === 'communicative' && (
                  <Form.Item name="natureType" label={t('field.natureType')} style={{ flex: 1 }}>
                    <Select allowClear options={COMMUNICATIVE_TYPES.map((x) => ({ value: x, label: L.natureType(x) }))} />
                  </Form.Item>
                )}
              </div>
            )}
            <div style={{ display: 'flex', gap: 12 }}>
              <Form.Item name="category" label={t('field.category')} style={{ flex: 1 }}>
                <Select
                  allowClear
                  options={CASE_CATEGORIES.map((x) => ({ value: x, label: L.category(x) }))}
                  data-testid="classify-category"
                />
              </Form.Item>
              {categoryV === 'equipment' && (
                <Form.Item name="subcategory" label={t('field.subcategory')} style={{ flex: 1 }}>
                  <Select
                    allowClear
                    options={CASE_SUBCATEGORIES.map((x) => ({ value: x, label: L.subcategory(x) }))}
                    data-testid="classify-subcategory"
                  />
                </Form.Item>
              )}
            </div>
            <Form.Item name="severity" label={t('field.severity')}>
              <Radio.Group optionType="button" options={SEVERITIES.map((x) => ({ value: x, label: L.severity(x) }))} />
            </Form.Item>
            <div style={{ display: 'flex', gap: 24 }}>
              <Form.Item name="urgency" label={t('field.urgency')}>
                <Radio.Group optionType="button" options={URGENCIES.map((x) => ({ value: x, label: L.urgency(x) }))} />
              </Form.Item>
              <Form.Item
                name="emergency"
                label={t('field.emergency')}
                valuePropName="checked"
                extra={c.emergency && !c.emergencySignedOffAt && !session.can('cases.supervise') ? t('signOff.liftByManager') : undefined}
              >
                <Switch disabled={c.emergency && !c.emergencySignedOffAt && !session.can('cases.supervise')} />
              </Form.Item>
            </div>
            <Form.Item name="note" label={t('field.reclassifyReason')} rules={req(t('field.reclassifyReason'))}>
              <Input.TextArea rows={2} maxLength={500} data-testid="action-note" />
            </Form.Item>
          </>
        );
      case 'issue':
        return (
          <>
            <div style={{ display: 'flex', gap: 16 }}>
              <Form.Item name="paid" label={t('field.paid')} valuePropName="checked">
                <Switch checkedChildren={t('wo.paid')} unCheckedChildren={t('wo.free')} />
              </Form.Item>
              <Form.Item name="urgency" label={t('field.urgency')}>
                <Radio.Group optionType="button" options={URGENCIES.map((x) => ({ value: x, label: L.urgency(x) }))} />
              </Form.Item>
            </div>
            <Form.Item name="content" label={t('field.workContent')} rules={req(t('field.workContent'))}>
              <Input.TextArea rows={3} maxLength={2000} data-testid="wo-content" />
            </Form.Item>
            <div style={{ display: 'flex', gap: 12 }}>
              <Form.Item name="customerName" label={t('field.customer')} style={{ flex: 1 }}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="reportingDepartment" label={t('field.reportingDepartment')} style={{ flex: 1 }}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="reporterName" label={t('field.reporter')} style={{ flex: 1 }}>
                <Input maxLength={64} />
              </Form.Item>
            </div>
            <Form.Item name="assigneeId" label={t('field.assignee')} extra={assigneeOptions.length ? undefined : t('wo.anyEngineerHint')}>
              <Select
                allowClear
                disabled={!assigneeOptions.length}
                placeholder={t('wo.anyEngineer')}
                options={assigneeOptions}
                data-testid="wo-assignee"
              />
            </Form.Item>
          </>
        );
      case 'callback':
        return (
          <>
            <Form.Item name="satisfied" label={t('field.satisfiedResult')}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={[
                  { value: true, label: t('callback.satisfied') },
                  { value: false, label: t('callback.dissatisfied') },
                ]}
                data-testid="callback-satisfied"
              />
            </Form.Item>
            <div style={{ display: 'flex', gap: 24 }}>
              <Form.Item name="courtesyRating" label={t('field.courtesy')}>
                <Rate />
              </Form.Item>
              <Form.Item name="attitudeRating" label={t('field.attitude')}>
                <Rate />
              </Form.Item>
            </div>
            <Form.Item name="comment" label={t('field.comment')}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
            <Typography.Text type="secondary">{t('callback.reopenHint')}</Typography.Text>
          </>
        );
      case 'signOffEmergency':
        return (
          <>
            <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('signOff.hint')} />
            <Form.Item name="note" label={t('field.signOffNote')} rules={req(t('field.signOffNote'))}>
              <Input.TextArea
                rows={4}
                maxLength={1000}
                showCount
                placeholder={t('signOff.notePlaceholder')}
                data-testid="emergency-signoff-note"
              />
            </Form.Item>
          </>
        );
      case 'void':
        return (
          <>
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('wo.voidHint', { number: action.wo.number })} />
            <Form.Item name="reason" label={t('field.voidReason')} rules={req(t('field.voidReason'))}>
              <Input.TextArea rows={3} maxLength={500} data-testid="void-reason" />
            </Form.Item>
          </>
        );
      case 'transfer':
        return (
          <>
            <Form.Item name="assigneeId" label={t('field.transferTo')} rules={req(t('field.transferTo'))}>
              <Select options={assigneeOptions.filter((o) => o.value !== action.wo.assigneeId)} data-testid="transfer-assignee" />
            </Form.Item>
            <Form.Item name="reason" label={t('field.transferReason')} rules={req(t('field.transferReason'))}>
              <Input.TextArea rows={2} maxLength={500} data-testid="transfer-reason" />
            </Form.Item>
          </>
        );
      case 'sign':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('wo.paperSignHint', { number: action.wo.number })}</Typography.Paragraph>
            <Form.Item name="name" label={t('field.signerName')} rules={req(t('field.signerName'))}>
              <Input maxLength={64} />
            </Form.Item>
          </>
        );
    }
  })();

  return (
    <Modal
      open
      title={`${t(`action.${k}`)} · ${'wo' in action ? action.wo.number : c.number}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={write.isPending}
      okText={k === 'signOffEmergency' ? t('signOff.ok') : t('common:action.confirm')}
      cancelText={t('common:action.cancel')}
      width={k === 'issue' || k === 'classify' ? 640 : 520}
      destroyOnHidden
      maskClosable={false}
      okButtonProps={
        {
          danger: k === 'void' || k === 'signOffEmergency',
          'data-testid': k === 'signOffEmergency' ? 'emergency-signoff-submit' : 'action-ok',
        } as ButtonProps
      }
    >
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={refusal.title}
          data-testid="action-refusal"
          description={
            refusal.reasons.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {refusal.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        {fields}
      </Form>
    </Modal>
  );
}

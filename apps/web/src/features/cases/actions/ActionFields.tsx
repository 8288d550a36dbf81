/** The fields of one action's dialog: the short forms here, the longer ones in their own components. */
import { Alert, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_KINDS, type CaseDetail } from '@hy/contracts';
import type { CaseAction } from './caseAction';
import type { Assignees } from './useAssignees';
import { useRequired } from './useRequired';
import { CallbackFields } from './CallbackFields';
import { ClassifyFields } from './ClassifyFields';
import { CloseFields } from './CloseFields';
import { ExtendFields } from './ExtendFields';
import { IssueFields } from './IssueFields';

export function ActionFields({ c, action, assignees }: { c: CaseDetail; action: CaseAction; assignees: Assignees }) {
  const { t } = useTranslation('cases');
  const req = useRequired();
  switch (action.kind) {
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
      return <ExtendFields c={c} />;
    case 'dispatch':
      return (
        <>
          {assignees.engineers.length > 0 && (
            <Form.Item name="assigneeId" label={t('field.assignee')}>
              <Select
                allowClear
                placeholder={t('wo.anyEngineer')}
                options={assignees.engineers.map((u) => ({ value: u.id, label: u.displayName }))}
              />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('field.note')}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </>
      );
    case 'close':
      return <CloseFields c={c} />;
    case 'classify':
      return <ClassifyFields c={c} />;
    case 'issue':
      return <IssueFields assigneeOptions={assignees.assigneeOptions} />;
    case 'callback':
      return <CallbackFields />;
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
            <Select options={assignees.assigneeOptions.filter((o) => o.value !== action.wo.assigneeId)} data-testid="transfer-assignee" />
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
}

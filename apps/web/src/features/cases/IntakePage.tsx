/** 报修投诉登记: the front desk's fast intake form with the knowledge base beside it (S1–S3, S12). */
import { useState } from 'react';
import { Button, Col, Drawer, Form, Row, Typography } from 'antd';
import { BookOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../lib/session';
import { DEFAULT_TZ } from '../../lib/format';
import { useIsPhone } from '../../lib/useIsPhone';
import { createCase, useCaseWrite } from './api';
import { KbPanel, type KbHit } from './intake/KbPanel';
import { IntakeForm } from './intake/IntakeForm';
import { ConsultationModal, type ConsultationDraft } from './intake/ConsultationModal';
import { caseInput } from './intake/intakeValues';
import { useContactLookup } from './intake/useContactLookup';
import './cases.css';

export default function IntakePage() {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId, property } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [consult, setConsult] = useState<ConsultationDraft | null>(null);
  const phone = useIsPhone();
  const [kbOpen, setKbOpen] = useState(false);
  const contact = useContactLookup(form);
  const content = Form.useWatch('content', form) ?? '';

  const create = useCaseWrite(createCase, {
    form,
    success: (c) => t('intake.created', { number: c.number }),
    onSuccess: (c) => navigate(`/cases/${c.id}`),
  });
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    create.mutate(caseInput(propertyId, v, property?.timeZone ?? DEFAULT_TZ));
  };
  const reset = () => {
    form.resetFields();
    contact.clear();
  };
  const useAnswer = (h: KbHit) => {
    setKbOpen(false);
    setConsult({ answer: h.answer, topic: h.category ?? h.title.slice(0, 100), entryId: h.source === 'kb' ? h.id : undefined });
  };
  const intakeForm = (
    <IntakeForm
      form={form}
      lookupNote={contact.note}
      onLookup={contact.lookup}
      onReset={reset}
      onConsult={() => setConsult({ answer: consult?.answer ?? '' })}
      onSubmit={submit}
      submitting={create.isPending}
    />
  );

  return (
    <>
      <PageHeader title={t('intake.title')} extra={<Typography.Text type="secondary">{t('intake.subtitle')}</Typography.Text>} />
      {phone ? (
        <>
          {intakeForm}
          {/* On a phone the knowledge base is a sheet from the bottom, opened beside the form's buttons. */}
          <Button
            icon={<BookOutlined />}
            size="large"
            block
            style={{ marginTop: 12 }}
            onClick={() => setKbOpen(true)}
            data-testid="kb-open"
          >
            {t('intake.kbOpen')}
          </Button>
          <Drawer
            open={kbOpen}
            onClose={() => setKbOpen(false)}
            placement="bottom"
            height="75vh"
            title={t('intake.kbOpen')}
            styles={{ body: { padding: 8 } }}
            data-testid="kb-sheet"
          >
            <KbPanel seed={content} onUse={useAnswer} />
          </Drawer>
        </>
      ) : (
        <Row gutter={16} wrap={false}>
          <Col flex="auto" style={{ minWidth: 0 }}>
            {intakeForm}
          </Col>
          <Col flex="340px">
            <KbPanel seed={content} onUse={useAnswer} />
          </Col>
        </Row>
      )}
      <ConsultationModal
        form={form}
        question={content}
        draft={consult}
        onChange={setConsult}
        onLogged={() => {
          setConsult(null);
          reset();
        }}
      />
    </>
  );
}

/** The catering dialogs: a meal (new or edited), a menu option, the real count with the caterer's drawn signature. */
import { useMemo, useState } from 'react';
import { Button, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEAL_KINDS, MEAL_STYLES, type EventMeal, type MealCreate } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useDialogForm } from '../../../components/useDialogForm';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { useApiMutation } from '../../../lib/mutation';
import { cateringKey, cateringWrite } from './api';

interface MealValues {
  day: string;
  kind: MealCreate['kind'];
  time: string;
  place?: string;
  style?: MealCreate['style'];
  catererName?: string;
  catererContact?: string;
  catererPhone?: string;
  price?: number;
  staffCount?: number;
  notes?: string;
}

/** A new meal (`meal` null) or the meal's edit. */
export function MealDialog(props: { eventId: string; days: string[]; meal: EventMeal | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('eventCatering');
  const m = props.meal;
  const init = useMemo<Partial<MealValues>>(
    () =>
      m
        ? {
            day: m.day,
            kind: m.kind,
            time: m.time,
            place: m.place ?? undefined,
            style: m.style,
            catererName: m.catererName ?? undefined,
            catererContact: m.catererContact ?? undefined,
            catererPhone: m.catererPhone ?? undefined,
            price: m.priceFen / 100,
            staffCount: m.staffCount,
            notes: m.notes ?? undefined,
          }
        : { day: props.days[0], kind: 'lunch', time: '12:00', style: 'buffet', staffCount: 0 },
    [m, props.days],
  );
  const { form, error, setError } = useDialogForm<MealValues>(props.open, init);
  const save = useApiMutation({
    mutationFn: ({ day, kind, price, ...v }: MealValues) => {
      const body = { ...v, priceFen: price === undefined || price === null ? undefined : Math.round(price * 100) };
      return m ? cateringWrite.patch(props.eventId, m.id, body) : cateringWrite.create(props.eventId, { ...body, day, kind, time: v.time });
    },
    invalidate: [cateringKey(props.eventId)],
    form,
    success: t('saved'),
    onSuccess: props.onClose,
    onError: setError,
  });
  return (
    <FormModal
      open={props.open}
      onClose={props.onClose}
      title={m ? t('edit') : t('add')}
      form={form}
      name="meal"
      saving={save.isPending}
      error={error}
      onFinish={(v) => save.mutate(v)}
      saveTestId="meal-save"
    >
      <Form.Item name="day" label={t('field.day')} rules={[{ required: true }]}>
        <Select disabled={!!m} options={props.days.map((d) => ({ value: d, label: d }))} />
      </Form.Item>
      <Form.Item name="kind" label={t('field.kind')} rules={[{ required: true }]}>
        <Select disabled={!!m} options={MEAL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="time" label={t('field.time')} rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}>
        <Input placeholder="12:00" inputMode="numeric" />
      </Form.Item>
      <Form.Item name="place" label={t('field.place')}>
        <Input placeholder={t('placePh')} maxLength={120} />
      </Form.Item>
      <Form.Item name="style" label={t('field.style')}>
        <Select options={MEAL_STYLES.map((s) => ({ value: s, label: t(`style.${s}`) }))} />
      </Form.Item>
      <Form.Item name="catererName" label={t('field.catererName')}>
        <Input maxLength={80} />
      </Form.Item>
      <Form.Item name="catererContact" label={t('field.catererContact')}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="catererPhone" label={t('field.catererPhone')}>
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
      <Form.Item name="price" label={t('field.priceFen')}>
        <InputNumber min={0} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="staffCount" label={t('field.staffCount')}>
        <InputNumber min={0} max={5000} style={{ width: '100%' }} data-testid="meal-staff" />
      </Form.Item>
      <Form.Item name="notes" label={t('field.notes')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

interface MenuValues {
  name: string;
  dishes?: string;
  price: number;
}

export function MenuDialog(props: { eventId: string; meal: EventMeal | null; onClose: () => void }) {
  const { t } = useTranslation('eventCatering');
  const init = useMemo(() => ({}), []);
  const { form, error, setError } = useDialogForm<MenuValues>(!!props.meal, init);
  const save = useApiMutation({
    mutationFn: (v: MenuValues) =>
      cateringWrite.addMenu(props.eventId, props.meal!.id, {
        name: v.name,
        dishes: (v.dishes ?? '')
          .split(/[\n、,，]/)
          .map((d) => d.trim())
          .filter(Boolean),
        priceFen: Math.round(v.price * 100),
      }),
    invalidate: [cateringKey(props.eventId)],
    form,
    success: t('saved'),
    onSuccess: props.onClose,
    onError: setError,
  });
  return (
    <FormModal
      open={!!props.meal}
      onClose={props.onClose}
      title={t('addMenu')}
      form={form}
      name="menu"
      saving={save.isPending}
      error={error}
      onFinish={(v) => save.mutate(v)}
      saveTestId="menu-save"
    >
      <Form.Item name="name" label={t('field.menuName')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={80} data-testid="menu-name" />
      </Form.Item>
      <Form.Item name="dishes" label={t('field.dishes')}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item name="price" label={t('field.priceFen')} rules={[{ required: true }]}>
        <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="menu-price" />
      </Form.Item>
    </FormModal>
  );
}

/** The real count after the meal, then the caterer signs on the screen (works on a phone). */
export function SignDialog(props: { eventId: string; propertyId: string; meal: EventMeal | null; onClose: () => void }) {
  const { t } = useTranslation('eventCatering');
  const m = props.meal;
  const [count, setCount] = useState<number | null>(null);
  const [signing, setSigning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const value = count ?? m?.orderedCount ?? m?.planned ?? 0;
  const sign = useApiMutation({
    mutationFn: (v: { signerName: string; signatureFileId: string }) =>
      cateringWrite.sign(props.eventId, m!.id, { actualCount: value, ...v }),
    invalidate: [cateringKey(props.eventId)],
    success: t('signedOk'),
    onSuccess: () => {
      setCount(null);
      props.onClose();
    },
    onError: setError,
  });
  return (
    <>
      <Modal
        open={!!m && !signing}
        title={t('signTitle')}
        onCancel={props.onClose}
        destroyOnHidden
        width="min(420px, calc(100vw - 16px))"
        footer={
          <Button type="primary" size="large" block onClick={() => setSigning(true)} data-testid="meal-sign-caterer">
            {t('signCaterer')}
          </Button>
        }
      >
        {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
        <Typography.Paragraph>{m && `${m.day} ${m.time} ${t(`kind.${m.kind}`)} · ${m.place ?? ''}`}</Typography.Paragraph>
        <Typography.Text>{t('field.actualCount')}</Typography.Text>
        <InputNumber
          min={0}
          max={10000}
          size="large"
          inputMode="numeric"
          value={value}
          onChange={(v) => setCount(typeof v === 'number' ? v : 0)}
          style={{ width: '100%', marginTop: 4 }}
          data-testid="meal-actual"
        />
      </Modal>
      <SignatureModal
        open={signing}
        propertyId={props.propertyId}
        title={t('signCaterer')}
        signerName={m?.catererContact ?? undefined}
        onClose={() => setSigning(false)}
        onSigned={(ref) => {
          setSigning(false);
          sign.mutate({ signerName: ref.signerName ?? m?.catererContact ?? '', signatureFileId: ref.id });
        }}
      />
    </>
  );
}

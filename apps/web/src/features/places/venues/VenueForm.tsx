import { useMemo } from 'react';
import { Button, Drawer, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useDialogForm } from '../../../components/useDialogForm';
import { showProblem, useSaveVenue, type Venue } from '../api';
import { initialValues, toBody, type VenueFormValues } from './venueFormValues';
import { VenueBasicFields } from './VenueBasicFields';
import { VenueBookingFields } from './VenueBookingFields';
import { VenueEquipmentFields } from './VenueEquipmentFields';
import { VenueLayoutsFields } from './VenueLayoutsFields';
import { VenueRelationsFields } from './VenueRelationsFields';

/** Create or edit a venue, in a drawer: one section after another. */
export function VenueForm({
  open,
  venue,
  onClose,
  onSaved,
}: {
  open: boolean;
  venue: Venue | null;
  onClose(): void;
  onSaved(v: Venue): void;
}) {
  const { t } = useTranslation('places');
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const initial = useMemo(() => initialValues(venue), [venue]);
  const { form, error: formError, setError: setFormError } = useDialogForm<VenueFormValues>(open, initial);

  // Field errors go through showProblem (it also maps paths into the id lists), so no `form` here.
  const save = useSaveVenue(propertyId, {
    success: tc('msg.saved'),
    onSuccess: onSaved,
    onError: (_, err) => setFormError(showProblem(err, form, tc('error.generic'))),
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={780}
      destroyOnHidden
      title={venue ? `${t('venues.edit')} · ${venue.name}` : t('venues.create')}
      extra={
        <Space>
          <Button onClick={onClose}>{tc('action.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="venue-save">
            {tc('action.save')}
          </Button>
        </Space>
      }
    >
      {formError && (
        <Typography.Paragraph type="danger" data-testid="form-error">
          {formError}
        </Typography.Paragraph>
      )}
      <Form<VenueFormValues>
        form={form}
        layout="vertical"
        name="venue"
        requiredMark
        onFinish={(v) => {
          setFormError(null);
          save.mutate({ id: venue?.id, body: toBody(v) });
        }}
        onValuesChange={(changed) => {
          if ('buildingId' in changed) form.setFieldValue('floorId', null);
        }}
      >
        <VenueBasicFields />
        <VenueLayoutsFields />
        <VenueEquipmentFields />
        <VenueBookingFields />
        <VenueRelationsFields venue={venue} />
      </Form>
    </Drawer>
  );
}

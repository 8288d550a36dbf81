import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../lib/session';
import { ChangePasswordCard } from './ChangePasswordCard';
import { MustChangeAlert } from './MustChangeAlert';
import { ProfileCard } from './ProfileCard';

/** /account: the user's profile and roles beside the password change. */
export default function AccountPage() {
  const { t } = useTranslation('account');
  const { me } = useSession();
  return (
    <>
      <PageHeader title={t('title')} />
      {me!.mustChangePassword && <MustChangeAlert />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <ProfileCard />
        </Col>
        <Col xs={24} lg={10}>
          <ChangePasswordCard />
        </Col>
      </Row>
    </>
  );
}

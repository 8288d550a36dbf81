import { PageHeader } from '../../components/PageHeader';

export default function NotificationsPage() {
  return <PageHeader title="NotificationsPage" />;
}

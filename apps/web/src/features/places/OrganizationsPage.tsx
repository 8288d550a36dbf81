import { PageHeader } from '../../components/PageHeader';

export default function OrganizationsPage() {
  return <PageHeader title="OrganizationsPage" />;
}

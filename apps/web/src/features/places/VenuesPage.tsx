import { PageHeader } from '../../components/PageHeader';

export default function VenuesPage() {
  return <PageHeader title="VenuesPage" />;
}

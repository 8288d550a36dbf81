import { PageHeader } from '../../components/PageHeader';

export default function BuildingsPage() {
  return <PageHeader title="BuildingsPage" />;
}

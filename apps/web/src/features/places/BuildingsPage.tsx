import { useEffect, useState } from 'react';
import { Button, Col, Row } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { useBuildings, type Building, type Unit } from './api';
import { BuildingForm } from './buildings/BuildingForm';
import { BuildingList } from './buildings/BuildingList';
import { UnitForm } from './buildings/UnitForm';
import { UnitsCard } from './buildings/UnitsCard';

/** /admin/buildings: the buildings on the left, the chosen one's floors and units on the right. */
export default function BuildingsPage() {
  const { t } = useTranslation('places');
  const { propertyId, can } = useSession();
  const canManage = can('places.manage');
  const buildings = useBuildings(propertyId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editBuilding, setEditBuilding] = useState<{ b: Building | null } | null>(null);
  const [editUnit, setEditUnit] = useState<{ u: Unit | null } | null>(null);

  useEffect(() => {
    if (buildings.data?.length && !buildings.data.some((b) => b.id === selectedId)) setSelectedId(buildings.data[0]!.id);
  }, [buildings.data, selectedId]);
  const selected = buildings.data?.find((b) => b.id === selectedId) ?? null;

  return (
    <>
      <PageHeader
        title={t('buildings.title')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditBuilding({ b: null })} data-testid="building-create">
              {t('buildings.create')}
            </Button>
          )
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={7}>
          <BuildingList selectedId={selectedId} onSelect={setSelectedId} onEdit={(b) => setEditBuilding({ b })} />
        </Col>
        <Col xs={24} lg={17}>
          <UnitsCard building={selected} onCreate={() => setEditUnit({ u: null })} onEdit={(u) => setEditUnit({ u })} />
        </Col>
      </Row>
      <BuildingForm
        open={!!editBuilding}
        building={editBuilding?.b ?? null}
        onClose={() => setEditBuilding(null)}
        onSaved={(b) => {
          setEditBuilding(null);
          setSelectedId(b.id);
        }}
      />
      <UnitForm open={!!editUnit} unit={editUnit?.u ?? null} building={selected} onClose={() => setEditUnit(null)} />
    </>
  );
}

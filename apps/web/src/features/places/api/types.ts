/** Places records as the API answers them (inferred from the contract). */
import type { BuildingRecord, FloorRecord, OrganizationRecord, UnitRecord, VenueRecord } from '@hy/contracts';

export type Building = BuildingRecord;
export type Floor = FloorRecord;
export type Organization = OrganizationRecord;
export type Unit = UnitRecord;
export type Venue = VenueRecord;

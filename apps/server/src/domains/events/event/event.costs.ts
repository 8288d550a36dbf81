/**
 * The seam between the sub-features that spend money and the budget (会务服务预算表): each of hotels, transport,
 * catering, materials and the programme reports its actual costs as cost lines, recorded as they happen; the budget
 * sums them per category against its lines, and the fee statement is drawn from them.
 */
import type { EventCostCategory } from '@hy/contracts';

export interface CostLine {
  category: EventCostCategory;
  /** what it is, as the statement names it: '会议大厦主会场 12-17 全天', '锦江酒店 标准间 38 间夜' */
  name: string;
  qty: number;
  unit: string;
  unitFen: number;
  amountFen: number;
  /** where it comes from: 'hotel_block:<id>', 'transfer:<id>', 'meal:<id>', 'material:<id>', 'session:<id>' */
  source: string;
}

/** The live figures the budget's multipliers use (per guest, per night, per day, per vehicle). */
export interface EventFigures {
  /** registered guests plus their companions */
  guests: number;
  /** days of the event */
  days: number;
  /** room nights assigned (hotels) */
  roomNights: number;
  /** vehicle-days dispatched (transport) */
  vehicleDays: number;
  /** meal covers ordered (catering) */
  covers: number;
}

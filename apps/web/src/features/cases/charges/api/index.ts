/** Paid repairs' data layer: the charge of a work order, the price list, the notice, the month's list. */
export * from './keys';
export * from './readCharges';
export * from './writeCharges';

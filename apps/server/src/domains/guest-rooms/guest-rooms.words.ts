/** The domain's words for exports (zh-CN, en-US): room types, statuses, linen items, key outcomes. */
export const ROOM_TYPE_WORDS = {
  standard: ['标准间', 'Twin room'],
  king: ['大床房', 'King room'],
  suite: ['套房', 'Suite'],
  apartment: ['公寓', 'Apartment'],
} as const;
export const STATUS_WORDS = {
  vacant_clean: ['空净房', 'Vacant clean'],
  vacant_dirty: ['空脏房', 'Vacant dirty'],
  occupied: ['住客房', 'Occupied'],
  out_of_order: ['维修房', 'Out of order'],
} as const;
export const LINEN_WORDS = {
  sheet: ['床单', 'Sheets'],
  duvet_cover: ['被套', 'Duvet covers'],
  pillowcase: ['枕套', 'Pillowcases'],
  bath_towel: ['浴巾', 'Bath towels'],
  face_towel: ['面巾', 'Face towels'],
  glass: ['杯具', 'Glasses'],
} as const;
export const KEY_WORDS = {
  returned: ['已归还', 'Returned'],
  lost_charged: ['遗失（赔偿）', 'Lost (charged)'],
  lost_reported: ['遗失（报失）', 'Lost (reported)'],
} as const;

/** The demo's inspection plans: eight areas, about forty checkpoints, checklists as the customer-service department keeps them. */
type Item = { label: string; kind: 'pass_fail' | 'number' | 'text'; category: string; minValue?: number; maxValue?: number; unit?: string };
type Cp = { name: string; location: string; items: Item[] };
const pf = (label: string, category: string): Item => ({ label, kind: 'pass_fail', category });
const num = (label: string, minValue: number | undefined, maxValue: number | undefined, unit: string, category = 'repair'): Item => ({
  label,
  kind: 'number',
  category,
  ...(minValue !== undefined ? { minValue } : {}),
  ...(maxValue !== undefined ? { maxValue } : {}),
  unit,
});
const washroom = (name: string, location: string): Cp => ({
  name,
  location,
  items: [
    pf('卫生间地面无积水', 'cleaning'),
    pf('洗手台、镜面清洁', 'cleaning'),
    pf('厕纸、洗手液补充到位', 'cleaning'),
    pf('照明灯具完好', 'repair'),
    pf('水龙头、冲水阀无漏水', 'repair'),
    pf('无异味、无虫害痕迹', 'pest'),
  ],
});
const corridor = (name: string, location: string): Cp => ({
  name,
  location,
  items: [pf('地面、墙面清洁无污渍', 'cleaning'), pf('照明灯具完好', 'repair'), pf('消防通道畅通', 'safety'), pf('绿植无枯叶', 'greenery')],
});

export interface DemoPlan {
  name: string;
  area: string;
  kind: 'patrol' | 'walk';
  rrule: string;
  windowStart: string;
  windowEnd: string;
  leadMinutes: number;
  workdaysOnly: boolean;
  /** The demo user (role code) who walks it. */
  by: 'tenant_rep' | 'cs_supervisor';
  notes?: string;
  checkpoints: Cp[];
}

export const DEMO_PLANS: DemoPlan[] = [
  {
    name: '办公楼公共区域日巡',
    area: '办公楼公共区域',
    kind: 'patrol',
    rrule: 'FREQ=DAILY',
    windowStart: '09:30',
    windowEnd: '11:00',
    leadMinutes: 60,
    workdaysOnly: true,
    by: 'tenant_rep',
    checkpoints: [
      corridor('A座3层走廊', 'A座3层电梯厅至东侧'),
      corridor('A座5层走廊', 'A座5层电梯厅至西侧'),
      corridor('A座8层走廊', 'A座8层'),
      {
        name: 'A座茶水间',
        location: 'A座6层',
        items: [pf('台面、水池清洁', 'cleaning'), pf('开水器运行正常', 'repair'), pf('无蟑螂、鼠迹', 'pest')],
      },
      {
        name: '二层会议区公共走廊',
        location: 'A座2层',
        items: [pf('地毯干净无污渍', 'cleaning'), pf('指示标识完好', 'repair'), pf('消防通道畅通', 'safety')],
      },
      { name: '吸烟区', location: 'A座1层北侧', items: [pf('烟灰桶及时清理', 'cleaning'), pf('灭火器在位、压力正常', 'safety')] },
    ],
  },
  {
    name: '大堂及电梯巡查',
    area: '大堂及电梯',
    kind: 'patrol',
    rrule: 'FREQ=DAILY',
    windowStart: '08:00',
    windowEnd: '09:00',
    leadMinutes: 60,
    workdaysOnly: true,
    by: 'tenant_rep',
    checkpoints: [
      {
        name: '一楼大堂',
        location: 'A座1层',
        items: [
          pf('大堂地面光洁、无积水', 'cleaning'),
          num('大堂温度', 18, 26, '℃', 'other'),
          pf('照明灯具完好', 'repair'),
          pf('绿植无枯叶', 'greenery'),
        ],
      },
      { name: '总服务台', location: 'A座1层大堂', items: [pf('台面整洁、资料摆放整齐', 'cleaning'), pf('电话、电脑工作正常', 'repair')] },
      {
        name: '1-3号客梯',
        location: 'A座电梯厅',
        items: [pf('轿厢清洁、无异味', 'cleaning'), pf('按钮、显示屏完好', 'repair'), pf('紧急呼叫可用', 'safety')],
      },
      { name: '4号货梯', location: 'A座北侧', items: [pf('轿厢防护板完好', 'repair'), pf('地面无杂物', 'cleaning')] },
    ],
  },
  {
    name: '卫生间专项检查',
    area: '卫生间',
    kind: 'patrol',
    rrule: 'FREQ=DAILY',
    windowStart: '14:30',
    windowEnd: '16:00',
    leadMinutes: 60,
    workdaysOnly: true,
    by: 'tenant_rep',
    checkpoints: [
      washroom('A座2层男卫生间', 'A座2层东侧'),
      washroom('A座2层女卫生间', 'A座2层东侧'),
      washroom('A座5层男卫生间', 'A座5层西侧'),
      washroom('A座5层女卫生间', 'A座5层西侧'),
      washroom('一楼无障碍卫生间', 'A座1层大堂北侧'),
    ],
  },
  {
    name: '公寓公共区域巡查',
    area: '公寓公共区域',
    kind: 'patrol',
    rrule: 'FREQ=WEEKLY;BYDAY=TU,TH',
    windowStart: '14:00',
    windowEnd: '15:30',
    leadMinutes: 120,
    workdaysOnly: true,
    by: 'tenant_rep',
    checkpoints: [
      corridor('公寓楼大堂', 'B座1层'),
      corridor('公寓楼6层走廊', 'B座6层'),
      corridor('公寓楼12层走廊', 'B座12层'),
      {
        name: '公寓楼垃圾房',
        location: 'B座1层东侧',
        items: [pf('垃圾日产日清', 'cleaning'), pf('无蚊蝇、鼠迹', 'pest'), pf('地面冲洗干净', 'cleaning')],
      },
      { name: '公寓楼信报箱区', location: 'B座1层', items: [pf('信报箱完好', 'repair'), pf('区域整洁', 'cleaning')] },
    ],
  },
  {
    name: '地下车库巡查',
    area: '地下车库',
    kind: 'patrol',
    rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
    windowStart: '10:00',
    windowEnd: '11:30',
    leadMinutes: 120,
    workdaysOnly: false,
    by: 'cs_supervisor',
    checkpoints: [
      { name: '车库入口道闸', location: 'B1入口', items: [pf('道闸起落正常', 'repair'), pf('减速带、反光镜完好', 'safety')] },
      {
        name: 'B1层车道',
        location: 'B1层',
        items: [pf('照明灯具完好', 'repair'), pf('地面无油污、无积水', 'cleaning'), pf('消防通道畅通', 'safety')],
      },
      {
        name: 'B2层车道',
        location: 'B2层',
        items: [pf('照明灯具完好', 'repair'), pf('地面无油污、无积水', 'cleaning'), pf('消防通道畅通', 'safety')],
      },
      { name: '集水井', location: 'B2层东北角', items: [num('集水井水位', undefined, 0.6, 'm'), pf('排污泵运行正常', 'repair')] },
      { name: '车库电梯厅', location: 'B1层', items: [pf('电梯厅清洁', 'cleaning'), pf('无虫害痕迹', 'pest')] },
    ],
  },
  {
    name: '天台巡查',
    area: '天台',
    kind: 'patrol',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,16',
    windowStart: '14:00',
    windowEnd: '15:30',
    leadMinutes: 1440,
    workdaysOnly: false,
    by: 'cs_supervisor',
    checkpoints: [
      {
        name: 'A座天台',
        location: 'A座屋面',
        items: [pf('排水口无堵塞', 'repair'), pf('防水层无破损', 'repair'), pf('天台门锁闭', 'safety')],
      },
      { name: 'B座天台', location: 'B座屋面', items: [pf('排水口无堵塞', 'repair'), pf('无杂物堆放', 'cleaning')] },
      { name: '冷却塔区域', location: 'A座屋面北侧', items: [pf('周边无积水、青苔', 'cleaning'), pf('护栏牢固', 'safety')] },
    ],
  },
  {
    name: '设备机房巡查',
    area: '设备机房',
    kind: 'patrol',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=5',
    windowStart: '10:00',
    windowEnd: '11:30',
    leadMinutes: 1440,
    workdaysOnly: false,
    by: 'cs_supervisor',
    checkpoints: [
      {
        name: '配电室',
        location: 'B1层',
        items: [num('室内温度', 5, 35, '℃'), pf('无漏水、无鼠迹', 'pest'), pf('绝缘垫、灭火器在位', 'safety')],
      },
      { name: '水泵房', location: 'B2层', items: [pf('水泵运行无异响', 'repair'), num('消防水池水位', 2.0, undefined, 'm', 'safety')] },
      { name: '空调机房', location: 'B1层', items: [pf('机组运行正常', 'repair'), pf('地面清洁无油污', 'cleaning')] },
      { name: '弱电间（5层）', location: 'A座5层', items: [pf('门已上锁', 'safety'), pf('无杂物堆放', 'cleaning')] },
    ],
  },
  {
    name: '经理周五巡楼',
    area: '全楼',
    kind: 'walk',
    rrule: 'FREQ=WEEKLY;BYDAY=FR',
    windowStart: '15:00',
    windowEnd: '17:00',
    leadMinutes: 240,
    workdaysOnly: true,
    by: 'cs_supervisor',
    notes: '每周五客服部经理巡楼：卫生、绿化、除虫、设备设施',
    checkpoints: [
      {
        name: '大堂及门前区域',
        location: 'A座1层',
        items: [pf('门前广场干净', 'cleaning'), pf('大堂绿植长势良好', 'greenery'), pf('旋转门运行正常', 'repair')],
      },
      {
        name: '标准层公共区域抽查',
        location: 'A座任选一层',
        items: [pf('走廊卫生合格', 'cleaning'), pf('卫生间卫生合格', 'cleaning'), pf('照明灯具完好', 'repair')],
      },
      { name: '室外绿化带', location: '园区南侧', items: [pf('绿植无枯叶', 'greenery'), pf('草坪修剪整齐', 'greenery')] },
      { name: '除虫检查点', location: 'B座1层垃圾房', items: [pf('无虫害痕迹', 'pest'), pf('灭鼠饵站完好', 'pest')] },
      { name: '消防设施抽查', location: 'A座消防楼梯', items: [pf('消防通道畅通', 'safety'), pf('应急灯、疏散指示完好', 'safety')] },
      { name: '员工休息区', location: 'B1层', items: [pf('区域整洁', 'cleaning'), { label: '其他发现', kind: 'text', category: 'other' }] },
    ],
  },
];

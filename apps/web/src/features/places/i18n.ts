/** Strings of the places feature (venues, buildings and units, organizations). */
export const placesI18n = {
  'zh-CN': {
    venues: {
      title: '会议场所', create: '新建场所', edit: '编辑场所', detail: '场所详情', loadMore: '加载更多', count: '共 {{count}} 个场所',
      filter: {
        building: '楼栋', class: '类别', minSeats: '最少座位', equipment: '设备', bookable: '可预订', search: '搜索编号或名称',
        all: '全部', bookableYes: '可预订', bookableNo: '不可预订',
      },
      col: {
        code: '编号', name: '名称', location: '楼栋/楼层', class: '类别与预约规则', seats: '座位', layouts: '布局（容量）', equipment: '设备',
        linked: '关联房间', flags: '状态', type: '类型', actions: '操作',
      },
      restricted: '限定单位', notBookable: '停用', bookable: '可预订', defaultLayout: '默认',
      leadRule: '提前 {{value}} {{unit}}', leadFromClass: '（类别默认）', leadFromVenue: '（场所单独设置）',
      archive: '停止预订', archiveConfirm: '停止预订后该场所不再出现在预订中，记录保留。确定吗？', archived: '已停止预订',
      noBuildings: '请先在「楼栋与单元」中建立楼栋',
      section: { basic: '基本信息', layouts: '布局与容量', equipment: '设备', booking: '预订规则', relations: '关联与管理' },
      field: {
        code: '场所编号', name: '场所名称', buildingId: '楼栋', floorId: '楼层', venueType: '场所类型', venueClass: '类别', seats: '座位数',
        minAttendees: '最少人数', layouts: '布局', layout: '布局', capacity: '容量', setupMinutes: '布置（分钟）', cleanupMinutes: '清场（分钟）',
        defaultLayout: '默认布局', equipment: '设备', equipmentCode: '设备', qty: '数量', leadTime: '提前预约时间', leadMode: '预约规则',
        leadClass: '按类别默认', leadCustom: '单独设置', leadValue: '时长', leadUnit: '单位', openHours: '开放时间', openFrom: '开始', openTo: '结束',
        bookable: '可预订', restricted: '仅限指定单位预订', allowedOrganizationIds: '允许预订的单位', linkedVenueIds: '关联房间',
        managerUserIds: '场所负责人', description: '说明', effectiveLeadTime: '适用预约规则', building: '楼栋', floor: '楼层',
      },
      hint: {
        linked: '主会场与其贵宾室、休息室、秘书间一起使用，预订时一并占用',
        restricted: '如主席团会议厅，仅列出的单位可以预订',
        managersOnlyAdmin: '负责人从本项目的工作人员中选择',
        classDefault: '类别默认：{{rule}}',
      },
      sep: '、', addLayout: '添加布局', addEquipment: '添加设备', required: '请填写{{field}}', noLayouts: '未设置布局', none: '无',
    },
    buildings: {
      title: '楼栋与单元', buildings: '楼栋', create: '新建楼栋', edit: '编辑楼栋', floors: '楼层', floorsAbove: '地上层数', floorsBelow: '地下层数',
      sort: '排序', floorCount: '{{above}} 层 / 地下 {{below}} 层', selectHint: '请选择左侧的楼栋查看其单元', deleteConfirm: '确定删除该楼栋吗？仍有单元或场所引用时无法删除。',
      units: '{{building}} 的单元', allUnits: '单元',
    },
    units: {
      create: '新建单元', edit: '编辑单元', code: '单元编号', name: '名称', floor: '楼层', households: '户数', organization: '所属单位', phone: '电话',
      building: '楼栋', deleteConfirm: '确定删除该单元吗？', search: '搜索单元编号或名称',
    },
    orgs: {
      title: '单位', create: '新建单位', edit: '编辑单位', name: '单位名称', shortName: '简称', kind: '类型', contactName: '联系人', contactPhone: '联系电话',
      search: '搜索单位名称或简称', deleteConfirm: '确定删除该单位吗？仍有单元、用户或场所引用时无法删除。', allKinds: '全部类型',
    },
    common: { yes: '是', no: '否', loadError: '加载失败', saveOk: '已保存', deleteOk: '已删除', updatedAt: '更新时间' },
    venueType: {
      reception_room: '接待室', discussion_room: '座谈室', classroom_room: '课堂式会议室', theatre_hall: '剧院式会议厅', video_conference_room: '视频会议室',
      multi_function_hall: '多功能厅', main_hall: '主会场', report_hall: '报告厅', presidium_hall: '主席团会议厅', press_hall: '新闻发布厅',
      group_room: '分组讨论室', vip_room: '贵宾室', lounge: '休息室', secretary_room: '秘书间',
    },
    layout: { discussion: '座谈', classroom: '课堂', theatre: '戏院', round_table: '圆桌', u_shape: 'U 形', banquet: '宴会' },
    equipment: {
      microphone: '有线话筒', wireless_microphone: '无线话筒', projector: '投影仪', screen: '投影幕', led_screen: 'LED 大屏', video_conference: '视频会议终端',
      recording: '录音录像', stage_lighting: '舞台灯光', sound_system: '音响系统', simultaneous_interpretation: '同声传译', voting_system: '表决系统',
      whiteboard: '白板', tv: '电视',
    },
    venueClass: {
      A: 'A 类', B: 'B 类', C: 'C 类',
      descA: '40 座以下接待室、座谈室，至少提前 1 小时申请', descB: '150 座以下课堂式会议室，至少提前半天申请',
      descC: '剧院式会议厅，至少提前 1 天填写《租用会议室申请表》，经管理局审批',
    },
    leadUnit: { minutes: '分钟', hours: '小时', working_hours: '工作小时', working_days: '工作日', calendar_days: '自然日' },
    leadUnitN: {
      minutes_one: '分钟', minutes_other: '分钟', hours_one: '小时', hours_other: '小时', working_hours_one: '工作小时', working_hours_other: '工作小时',
      working_days_one: '工作日', working_days_other: '工作日', calendar_days_one: '天', calendar_days_other: '天',
    },
    orgKind: { government: '政府机关', company: '企业', other: '其他' },
  },
  'en-US': {
    venues: {
      title: 'Venues', create: 'New venue', edit: 'Edit venue', detail: 'Venue details', loadMore: 'Load more', count: '{{count}} venues',
      filter: {
        building: 'Building', class: 'Class', minSeats: 'Min. seats', equipment: 'Equipment', bookable: 'Bookable', search: 'Search code or name',
        all: 'All', bookableYes: 'Bookable', bookableNo: 'Not bookable',
      },
      col: {
        code: 'Code', name: 'Name', location: 'Building / floor', class: 'Class & lead time', seats: 'Seats', layouts: 'Layouts (capacity)', equipment: 'Equipment',
        linked: 'Linked rooms', flags: 'Status', type: 'Type', actions: 'Actions',
      },
      restricted: 'Restricted', notBookable: 'Closed', bookable: 'Bookable', defaultLayout: 'default',
      leadRule: '{{value}} {{unit}} ahead', leadFromClass: ' (class default)', leadFromVenue: ' (venue setting)',
      archive: 'Stop bookings', archiveConfirm: 'The venue will no longer be offered for booking; its records are kept. Continue?', archived: 'Bookings stopped',
      noBuildings: 'Create a building under "Buildings & units" first',
      section: { basic: 'Basics', layouts: 'Layouts & capacity', equipment: 'Equipment', booking: 'Booking rules', relations: 'Links & management' },
      field: {
        code: 'Venue code', name: 'Venue name', buildingId: 'Building', floorId: 'Floor', venueType: 'Venue type', venueClass: 'Class', seats: 'Seats',
        minAttendees: 'Min. attendees', layouts: 'Layouts', layout: 'Layout', capacity: 'Capacity', setupMinutes: 'Setup (min)', cleanupMinutes: 'Cleanup (min)',
        defaultLayout: 'Default layout', equipment: 'Equipment', equipmentCode: 'Item', qty: 'Qty', leadTime: 'Booking lead time', leadMode: 'Lead time rule',
        leadClass: 'Class default', leadCustom: 'Custom', leadValue: 'Value', leadUnit: 'Unit', openHours: 'Open hours', openFrom: 'From', openTo: 'To',
        bookable: 'Bookable', restricted: 'Only listed organizations may book', allowedOrganizationIds: 'Allowed organizations', linkedVenueIds: 'Linked rooms',
        managerUserIds: 'Venue managers', description: 'Description', effectiveLeadTime: 'Lead time in force', building: 'Building', floor: 'Floor',
      },
      hint: {
        linked: 'A main hall is used with its VIP room, lounge and secretary room; bookings hold them together',
        restricted: 'E.g. the presidium hall: only the listed organizations may book it',
        managersOnlyAdmin: 'Managers are chosen from the staff of this property',
        classDefault: 'Class default: {{rule}}',
      },
      sep: ', ', addLayout: 'Add layout', addEquipment: 'Add equipment', required: 'Please enter {{field}}', noLayouts: 'No layouts', none: 'None',
    },
    buildings: {
      title: 'Buildings & units', buildings: 'Buildings', create: 'New building', edit: 'Edit building', floors: 'Floors', floorsAbove: 'Floors above ground', floorsBelow: 'Basement floors',
      sort: 'Order', floorCount: '{{above}} floors / {{below}} basement', selectHint: 'Select a building on the left to see its units', deleteConfirm: 'Delete this building? It cannot be deleted while units or venues refer to it.',
      units: 'Units of {{building}}', allUnits: 'Units',
    },
    units: {
      create: 'New unit', edit: 'Edit unit', code: 'Unit code', name: 'Name', floor: 'Floor', households: 'Households', organization: 'Organization', phone: 'Phone',
      building: 'Building', deleteConfirm: 'Delete this unit?', search: 'Search unit code or name',
    },
    orgs: {
      title: 'Organizations', create: 'New organization', edit: 'Edit organization', name: 'Name', shortName: 'Short name', kind: 'Kind', contactName: 'Contact', contactPhone: 'Contact phone',
      search: 'Search name or short name', deleteConfirm: 'Delete this organization? It cannot be deleted while units, users or venues refer to it.', allKinds: 'All kinds',
    },
    common: { yes: 'Yes', no: 'No', loadError: 'Could not load', saveOk: 'Saved', deleteOk: 'Deleted', updatedAt: 'Updated' },
    venueType: {
      reception_room: 'Reception room', discussion_room: 'Discussion room', classroom_room: 'Classroom room', theatre_hall: 'Theatre hall', video_conference_room: 'Video-conference room',
      multi_function_hall: 'Multi-function hall', main_hall: 'Main hall', report_hall: 'Report hall', presidium_hall: 'Presidium hall', press_hall: 'Press hall',
      group_room: 'Group room', vip_room: 'VIP room', lounge: 'Lounge', secretary_room: 'Secretary room',
    },
    layout: { discussion: 'Discussion', classroom: 'Classroom', theatre: 'Theatre', round_table: 'Round table', u_shape: 'U-shape', banquet: 'Banquet' },
    equipment: {
      microphone: 'Wired mic', wireless_microphone: 'Wireless mic', projector: 'Projector', screen: 'Projection screen', led_screen: 'LED wall', video_conference: 'Video-conference terminal',
      recording: 'Recording', stage_lighting: 'Stage lighting', sound_system: 'Sound system', simultaneous_interpretation: 'Simultaneous interpretation', voting_system: 'Voting system',
      whiteboard: 'Whiteboard', tv: 'TV',
    },
    venueClass: {
      A: 'Class A', B: 'Class B', C: 'Class C',
      descA: 'Reception and discussion rooms under 40 seats: request at least 1 hour ahead', descB: 'Classroom rooms under 150 seats: request at least half a day ahead',
      descC: 'Theatre halls: apply at least 1 day ahead with the rental application form; the bureau approves',
    },
    leadUnit: { minutes: 'minutes', hours: 'hours', working_hours: 'working hours', working_days: 'working days', calendar_days: 'calendar days' },
    leadUnitN: {
      minutes_one: 'minute', minutes_other: 'minutes', hours_one: 'hour', hours_other: 'hours', working_hours_one: 'working hour', working_hours_other: 'working hours',
      working_days_one: 'working day', working_days_other: 'working days', calendar_days_one: 'day', calendar_days_other: 'days',
    },
    orgKind: { government: 'Government', company: 'Company', other: 'Other' },
  },
};

// Real classification codes and names (财政部 政府收支分类科目), and the words budget
// disclosures are made of, for the synthetic corpus.

/** 类 → 款 → 项 of the functional classification, a selection of common ones. */
export const FUNCTIONAL: readonly {
  code: string;
  name: string;
  children: readonly { code: string; name: string; children: readonly [string, string][] }[];
}[] = [
  {
    code: '201',
    name: '一般公共服务支出',
    children: [
      {
        code: '20103',
        name: '政府办公厅（室）及相关机构事务',
        children: [
          ['2010301', '行政运行'],
          ['2010302', '一般行政管理事务'],
          ['2010350', '事业运行'],
        ],
      },
      {
        code: '20106',
        name: '财政事务',
        children: [
          ['2010601', '行政运行'],
          ['2010699', '其他财政事务支出'],
        ],
      },
      { code: '20137', name: '网信事务', children: [['2013750', '事业运行']] },
    ],
  },
  {
    code: '204',
    name: '公共安全支出',
    children: [
      {
        code: '20402',
        name: '公安',
        children: [
          ['2040201', '行政运行'],
          ['2040220', '执法办案'],
        ],
      },
    ],
  },
  {
    code: '205',
    name: '教育支出',
    children: [
      {
        code: '20502',
        name: '普通教育',
        children: [
          ['2050201', '学前教育'],
          ['2050202', '小学教育'],
        ],
      },
    ],
  },
  {
    code: '206',
    name: '科学技术支出',
    children: [
      {
        code: '20601',
        name: '科学技术管理事务',
        children: [
          ['2060101', '行政运行'],
          ['2060199', '其他科学技术管理事务支出'],
        ],
      },
      { code: '20699', name: '其他科学技术支出', children: [['2069999', '其他科学技术支出']] },
    ],
  },
  {
    code: '207',
    name: '文化旅游体育与传媒支出',
    children: [
      {
        code: '20701',
        name: '文化和旅游',
        children: [
          ['2070101', '行政运行'],
          ['2070109', '群众文化'],
        ],
      },
    ],
  },
  {
    code: '208',
    name: '社会保障和就业支出',
    children: [
      {
        code: '20805',
        name: '行政事业单位养老支出',
        children: [
          ['2080501', '行政单位离退休'],
          ['2080502', '事业单位离退休'],
          ['2080505', '机关事业单位基本养老保险缴费支出'],
          ['2080506', '机关事业单位职业年金缴费支出'],
        ],
      },
    ],
  },
  {
    code: '210',
    name: '卫生健康支出',
    children: [
      {
        code: '21011',
        name: '行政事业单位医疗',
        children: [
          ['2101101', '行政单位医疗'],
          ['2101102', '事业单位医疗'],
          ['2101103', '公务员医疗补助'],
        ],
      },
    ],
  },
  {
    code: '212',
    name: '城乡社区支出',
    children: [
      {
        code: '21201',
        name: '城乡社区管理事务',
        children: [
          ['2120101', '行政运行'],
          ['2120104', '城管执法'],
        ],
      },
    ],
  },
  {
    code: '213',
    name: '农林水支出',
    children: [
      {
        code: '21301',
        name: '农业农村',
        children: [
          ['2130101', '行政运行'],
          ['2130104', '事业运行'],
        ],
      },
    ],
  },
  {
    code: '221',
    name: '住房保障支出',
    children: [
      {
        code: '22102',
        name: '住房改革支出',
        children: [
          ['2210201', '住房公积金'],
          ['2210202', '提租补贴'],
          ['2210203', '购房补贴'],
        ],
      },
    ],
  },
];

/** 类 that pay the personnel side of basic spending (pensions, health, housing). */
export const PERSONNEL_CLASSES = new Set(['208', '210', '221']);

/** The economic classification of basic spending: 类 → 款. Personnel are 301 and 303. */
export const ECONOMIC: readonly { code: string; name: string; children: readonly [string, string][] }[] = [
  {
    code: '301',
    name: '工资福利支出',
    children: [
      ['30101', '基本工资'],
      ['30102', '津贴补贴'],
      ['30103', '奖金'],
      ['30107', '绩效工资'],
      ['30108', '机关事业单位基本养老保险缴费'],
      ['30109', '职业年金缴费'],
      ['30110', '职工基本医疗保险缴费'],
      ['30112', '其他社会保障缴费'],
      ['30113', '住房公积金'],
    ],
  },
  {
    code: '302',
    name: '商品和服务支出',
    children: [
      ['30201', '办公费'],
      ['30205', '水费'],
      ['30206', '电费'],
      ['30207', '邮电费'],
      ['30211', '差旅费'],
      ['30213', '维修（护）费'],
      ['30216', '培训费'],
      ['30228', '工会经费'],
      ['30229', '福利费'],
      ['30239', '其他交通费用'],
      ['30299', '其他商品和服务支出'],
    ],
  },
  {
    code: '303',
    name: '对个人和家庭的补助',
    children: [
      ['30302', '退休费'],
      ['30305', '生活补助'],
      ['30309', '奖励金'],
    ],
  },
];

export const RECEPTION = ['30217', '公务接待费'] as const;
export const VEHICLE_OPERATION = ['30231', '公务用车运行维护费'] as const;

export const CITIES: readonly [string, string[]][] = [
  ['武汉市', ['江岸区', '江汉区', '硚口区', '汉阳区', '武昌区', '青山区', '洪山区', '黄陂区', '新洲区']],
  ['大连市', ['中山区', '西岗区', '沙河口区', '甘井子区', '旅顺口区', '金州区']],
  ['秦皇岛市', ['海港区', '山海关区', '北戴河区', '抚宁区']],
  ['成都市', ['锦江区', '青羊区', '金牛区', '武侯区', '成华区']],
  ['杭州市', ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区']],
];

export const DEPARTMENTS: readonly string[] = [
  '大数据中心',
  '发展服务中心',
  '人民政府办公室',
  '财政局',
  '教育局',
  '科学技术局',
  '文化和旅游局',
  '卫生健康局',
  '城市管理执法局',
  '农业农村局',
  '档案馆',
  '融媒体中心',
  '政务服务中心',
  '统计局',
  '审计局',
];

export const SUB_UNITS: readonly string[] = [
  '综合服务中心',
  '信息中心',
  '执法大队',
  '技术保障中心',
  '档案室',
  '培训中心',
];

export const PROJECT_WORDS: readonly [string[], string[]] = [
  [
    '政务网络',
    '信息化系统',
    '视频监控',
    '网络安全',
    '档案数字化',
    '城市运行',
    '数据共享平台',
    '门户网站',
    '应急指挥',
    '公共服务',
  ],
  ['运维服务', '建设', '维护', '升级改造', '购买服务', '专项经费', '运行保障', '设备采购'],
];

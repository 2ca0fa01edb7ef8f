/**
 * Reference data of the Shizhong district hall and the service points below it.
 * Coordinates are GCJ-02 (what WeChat's location APIs use), approximate to the street.
 * This is a snapshot used by the seed migration: later changes go through new migrations
 * or the admin pages, never by editing what an applied migration inserted.
 */
export type ServicePointKind = 'DISTRICT_HALL' | 'STREET_CENTRE' | 'COMMUNITY_STATION';
export type HallZoneKind = 'FUNCTIONAL_ZONE' | 'SPECIAL_AREA';

export interface ServicePointSeed {
  code: string;
  kind: ServicePointKind;
  parentCode: string | null;
  name: string;
  shortName: string;
  address: string;
  phone: string;
  officeHours: string;
  longitude: number;
  latitude: number;
}

export interface HallZoneSeed {
  code: string;
  kind: HallZoneKind;
  name: string;
  floor: number;
  description: string;
}

export interface BusinessCategorySeed {
  code: string;
  name: string;
  description: string;
  zoneCode: string;
}

export interface ServiceWindowSeed {
  number: number;
  zoneCode: string;
  categoryCodes: string[];
  description: string;
}

export const SHIZHONG_HALL_CODE = 'SZ-HALL';

const HALL_HOURS = '工作日 9:00—12:00，13:00—17:00；周六上午延时服务';
const STREET_HOURS = '工作日 上午8:30-12:00，下午13:00-17:00';
const STATION_HOURS = '工作日 上午8:30-11:30，下午14:00-17:00';

export const SHIZHONG_HALL: ServicePointSeed = {
  code: SHIZHONG_HALL_CODE,
  kind: 'DISTRICT_HALL',
  parentCode: null,
  name: '济南市市中区政务服务中心',
  shortName: '区政务服务中心',
  address: '济南市市中区二环南路与英雄山路交叉口东南',
  phone: '0531-12345',
  officeHours: HALL_HOURS,
  longitude: 117.006431,
  latitude: 36.636905,
};

export const HALL_ZONES: HallZoneSeed[] = [
  {
    code: 'SZ-Z-MS',
    kind: 'FUNCTIONAL_ZONE',
    name: '民生服务区',
    floor: 1,
    description: '社保、医保、公积金、户籍、婚姻登记、不动产等与群众生活相关的事项',
  },
  {
    code: 'SZ-Z-TAX',
    kind: 'FUNCTIONAL_ZONE',
    name: '办税服务区',
    floor: 1,
    description: '税务登记、发票领用、纳税申报、社保费缴纳等涉税事项',
  },
  {
    code: 'SZ-Z-SP',
    kind: 'FUNCTIONAL_ZONE',
    name: '审批服务区',
    floor: 2,
    description: '市场准入、投资建设、文教卫生、社会事务等行政许可事项集中审批',
  },
  {
    code: 'SZ-Z-CG',
    kind: 'FUNCTIONAL_ZONE',
    name: '政府采购区',
    floor: 3,
    description: '政府采购、公共资源交易的开标、评标与咨询',
  },
  {
    code: 'SZ-A-KB',
    kind: 'SPECIAL_AREA',
    name: '开办企业专区',
    floor: 1,
    description: '企业设立登记、印章刻制、发票申领、社保登记、银行开户一窗办理，一日办结',
  },
  {
    code: 'SZ-A-ZH',
    kind: 'SPECIAL_AREA',
    name: '综合受理区',
    floor: 1,
    description: '“一窗受理、集成服务”：前台综合受理，后台分类审批，统一窗口出件',
  },
  {
    code: 'SZ-A-CJ',
    kind: 'SPECIAL_AREA',
    name: '统一出件区',
    floor: 1,
    description: '审批结果统一领取，可选政务专递免费寄送',
  },
  {
    code: 'SZ-A-LS',
    kind: 'SPECIAL_AREA',
    name: '绿色通道',
    floor: 1,
    description: '为老年人、残疾人、孕妇、军人及重点项目提供优先办理',
  },
  {
    code: 'SZ-A-CK',
    kind: 'SPECIAL_AREA',
    name: '创客空间',
    floor: 3,
    description: '为初创企业提供政策咨询、创业指导和洽谈场地',
  },
  {
    code: 'SZ-A-24H',
    kind: 'SPECIAL_AREA',
    name: '24小时自助服务区',
    floor: 1,
    description: '自助查询、自助打印、自助缴费，全天候开放',
  },
];

export const BUSINESS_CATEGORIES: BusinessCategorySeed[] = [
  { code: 'A', name: '综合受理', description: '一窗受理各类审批事项', zoneCode: 'SZ-A-ZH' },
  {
    code: 'B',
    name: '开办企业',
    description: '企业设立、变更、注销及配套事项',
    zoneCode: 'SZ-A-KB',
  },
  { code: 'C', name: '社保医保', description: '社会保险、医疗保险、就业创业', zoneCode: 'SZ-Z-MS' },
  {
    code: 'D',
    name: '不动产登记',
    description: '不动产转移、抵押、首次登记及查询',
    zoneCode: 'SZ-Z-MS',
  },
  { code: 'E', name: '税务', description: '涉税业务办理与咨询', zoneCode: 'SZ-Z-TAX' },
  { code: 'F', name: '公安户政', description: '户籍、身份证、居住证、出入境', zoneCode: 'SZ-Z-MS' },
  { code: 'G', name: '住房公积金', description: '公积金缴存、提取、贷款', zoneCode: 'SZ-Z-MS' },
  {
    code: 'H',
    name: '工程建设',
    description: '建设项目审批、施工许可、竣工验收',
    zoneCode: 'SZ-Z-SP',
  },
];

function windowRange(
  from: number,
  to: number,
  zoneCode: string,
  categoryCodes: string[],
  description: string,
): ServiceWindowSeed[] {
  const windows: ServiceWindowSeed[] = [];
  for (let number = from; number <= to; number += 1) {
    windows.push({ number, zoneCode, categoryCodes, description });
  }
  return windows;
}

/** 132 windows, numbered as on the hall's signs. */
export const SERVICE_WINDOWS: ServiceWindowSeed[] = [
  ...windowRange(1, 12, 'SZ-A-ZH', ['A'], '综合受理窗口'),
  ...windowRange(13, 24, 'SZ-A-KB', ['B'], '开办企业一窗通办'),
  ...windowRange(25, 44, 'SZ-Z-MS', ['C'], '社保医保业务'),
  ...windowRange(45, 60, 'SZ-Z-MS', ['D'], '不动产登记'),
  ...windowRange(61, 68, 'SZ-Z-MS', ['F'], '公安户政'),
  ...windowRange(69, 76, 'SZ-Z-MS', ['G'], '住房公积金'),
  ...windowRange(77, 100, 'SZ-Z-TAX', ['E'], '办税服务'),
  ...windowRange(101, 116, 'SZ-Z-SP', ['A', 'H'], '审批服务（工程建设、社会事务、文教卫生）'),
  ...windowRange(117, 120, 'SZ-Z-CG', ['A'], '政府采购咨询'),
  ...windowRange(121, 126, 'SZ-A-CJ', ['A', 'B', 'H'], '统一出件'),
  ...windowRange(127, 132, 'SZ-A-LS', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], '绿色通道'),
];

interface StreetSeed {
  code: string;
  name: string;
  address: string;
  longitude: number;
  latitude: number;
  stations: [string, number, number][];
}

/** The 17 streets (街道) of Shizhong district and community stations below each. */
const STREETS: StreetSeed[] = [
  {
    code: 'DGY',
    name: '大观园街道',
    address: '市中区经四路294号',
    longitude: 116.993262,
    latitude: 36.663117,
    stations: [
      ['大观园社区', 116.99462, 36.66258],
      ['万达社区', 116.99111, 36.66102],
    ],
  },
  {
    code: 'GSQ',
    name: '杆石桥街道',
    address: '市中区经七路408号',
    longitude: 116.999874,
    latitude: 36.658521,
    stations: [
      ['杆石桥社区', 117.00102, 36.65781],
      ['民生社区', 116.99741, 36.65933],
    ],
  },
  {
    code: 'SLC',
    name: '四里村街道',
    address: '市中区纬二路112号',
    longitude: 116.997215,
    latitude: 36.651762,
    stations: [
      ['四里村社区', 116.99812, 36.65093],
      ['郎茂山社区', 116.99352, 36.64621],
    ],
  },
  {
    code: 'WJZ',
    name: '魏家庄街道',
    address: '市中区经三路53号',
    longitude: 116.991902,
    latitude: 36.667311,
    stations: [
      ['魏家庄社区', 116.99243, 36.66812],
      ['万紫巷社区', 116.98961, 36.66575],
    ],
  },
  {
    code: 'EQXC',
    name: '二七新村街道',
    address: '市中区英雄山路84号',
    longitude: 117.003116,
    latitude: 36.643052,
    stations: [
      ['二七新村社区', 117.00412, 36.64251],
      ['建设路社区', 117.00067, 36.64489],
    ],
  },
  {
    code: 'QLS',
    name: '七里山街道',
    address: '市中区七里山路35号',
    longitude: 117.010377,
    latitude: 36.640284,
    stations: [
      ['七里山社区', 117.01131, 36.63967],
      ['玉函社区', 117.00851, 36.63575],
    ],
  },
  {
    code: 'LLS',
    name: '六里山街道',
    address: '市中区英雄山路167号',
    longitude: 117.005894,
    latitude: 36.632816,
    stations: [
      ['六里山社区', 117.00671, 36.63213],
      ['英雄山社区', 117.00352, 36.62955],
    ],
  },
  {
    code: 'SYL',
    name: '舜玉路街道',
    address: '市中区舜玉路南段8号',
    longitude: 117.015632,
    latitude: 36.627453,
    stations: [
      ['舜玉北区社区', 117.01475, 36.62851],
      ['舜玉南区社区', 117.01688, 36.62412],
    ],
  },
  {
    code: 'LY',
    name: '泺源街道',
    address: '市中区泺源大街150号',
    longitude: 117.021345,
    latitude: 36.662981,
    stations: [
      ['泺源社区', 117.02215, 36.66257],
      ['朝山街社区', 117.01955, 36.66412],
    ],
  },
  {
    code: 'WGZ',
    name: '王官庄街道',
    address: '市中区王官庄小区二区',
    longitude: 116.975127,
    latitude: 36.639542,
    stations: [
      ['王官庄社区', 116.97613, 36.63892],
      ['重汽社区', 116.97251, 36.64233],
    ],
  },
  {
    code: 'SG',
    name: '舜耕街道',
    address: '市中区舜耕路28号',
    longitude: 117.026418,
    latitude: 36.642207,
    stations: [
      ['舜耕社区', 117.02713, 36.64155],
      ['郑家庄社区', 117.02451, 36.63812],
    ],
  },
  {
    code: 'BMS',
    name: '白马山街道',
    address: '市中区白马山南路6号',
    longitude: 116.962331,
    latitude: 36.627186,
    stations: [
      ['白马山社区', 116.96311, 36.62652],
      ['铁路社区', 116.96055, 36.63018],
    ],
  },
  {
    code: 'QX',
    name: '七贤街道',
    address: '市中区二环南路6636号',
    longitude: 116.977516,
    latitude: 36.618824,
    stations: [
      ['七贤社区', 116.97861, 36.61813],
      ['领秀城社区', 116.98925, 36.60851],
    ],
  },
  {
    code: 'SLLH',
    name: '十六里河街道',
    address: '市中区十六里河镇驻地',
    longitude: 117.018943,
    latitude: 36.589617,
    stations: [
      ['十六里河社区', 117.01922, 36.58903],
      ['兴济河社区', 117.01471, 36.59455],
    ],
  },
  {
    code: 'XL',
    name: '兴隆街道',
    address: '市中区兴隆山路9号',
    longitude: 117.043125,
    latitude: 36.600834,
    stations: [
      ['兴隆村', 117.04393, 36.60012],
      ['南康社区', 117.04051, 36.60533],
    ],
  },
  {
    code: 'DJ',
    name: '党家街道',
    address: '市中区党家街道驻地104国道旁',
    longitude: 116.957238,
    latitude: 36.569103,
    stations: [
      ['党家庄村', 116.95803, 36.56855],
      ['西渴马村', 116.95162, 36.57321],
    ],
  },
  {
    code: 'DG',
    name: '陡沟街道',
    address: '市中区陡沟街道驻地',
    longitude: 116.918352,
    latitude: 36.581936,
    stations: [
      ['陡沟村', 116.91921, 36.58135],
      ['腊山社区', 116.92455, 36.59012],
    ],
  },
];

export const STREET_CENTRES: ServicePointSeed[] = STREETS.map((street, index) => ({
  code: `SZ-ST-${street.code}`,
  kind: 'STREET_CENTRE',
  parentCode: SHIZHONG_HALL_CODE,
  name: `市中区${street.name}便民服务中心`,
  shortName: `${street.name}便民服务中心`,
  address: `济南${street.address}`,
  phone: `0531-8${String(2960000 + index * 137).padStart(7, '0')}`,
  officeHours: STREET_HOURS,
  longitude: street.longitude,
  latitude: street.latitude,
}));

export const COMMUNITY_STATIONS: ServicePointSeed[] = STREETS.flatMap((street, streetIndex) =>
  street.stations.map(([name, longitude, latitude], stationIndex) => ({
    code: `SZ-ST-${street.code}-${stationIndex + 1}`,
    kind: 'COMMUNITY_STATION' as const,
    parentCode: `SZ-ST-${street.code}`,
    name: `${street.name}${name}便民服务站`,
    shortName: `${name}便民服务站`,
    address: `济南市市中区${street.name}${name}党群服务中心一楼`,
    phone: `0531-8${String(6610000 + streetIndex * 211 + stationIndex * 17).padStart(7, '0')}`,
    officeHours: STATION_HOURS,
    longitude,
    latitude,
  })),
);

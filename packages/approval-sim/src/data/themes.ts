import type { Audience, ServiceItem, Theme, ThemeFlowStage, Zone } from '../types';
import { itemCodeByName } from './items';
import { seedTime } from './time';

interface ThemeSpec {
  code: string;
  name: string;
  description: string;
  audiences: Audience[];
  /** Stages by item name; a stage with several items runs in parallel. */
  stages: { stage: string; items: string[] }[];
  committedDays: number;
  zone: Zone;
  window: string;
}

const ONE_WINDOW = 'D区 “一件事一次办”综合受理1-6号窗口';
const BIZ_WINDOW = 'B区 1-8号窗口（开办企业专区）';

const SHOP_SIGN = '户外招牌设置许可';
const FIRE = '公众聚集场所投入使用、营业前消防安全检查';
const DRAIN = '城镇污水排入排水管网许可';

const SPECS: ThemeSpec[] = [
  {
    code: 'YJS-KFD',
    name: '我要开饭店',
    description:
      '将营业执照、食品经营许可、消防安全检查、户外招牌、排水许可5个事项集成办理，一次告知、一表申请、一窗受理、并联审批，申请材料由29份精简为9份，办理时间由35个工作日压缩至15个工作日。',
    audiences: ['个人', '法人'],
    stages: [
      { stage: '主体登记', items: ['个体工商户设立登记'] },
      { stage: '并联审批', items: ['食品经营许可证核发', FIRE, SHOP_SIGN, DRAIN] },
    ],
    committedDays: 15,
    zone: '开办企业专区',
    window: BIZ_WINDOW,
  },
  {
    code: 'YJS-KCS',
    name: '我要开超市',
    description:
      '营业执照、食品经营许可、烟草专卖零售许可、消防安全检查、户外招牌一次办理，“多事一链办、多果一起出”。',
    audiences: ['个人', '法人'],
    stages: [
      { stage: '主体登记', items: ['公司设立登记'] },
      {
        stage: '并联审批',
        items: ['食品经营许可证核发', '烟草专卖零售许可证核发', FIRE, SHOP_SIGN],
      },
    ],
    committedDays: 12,
    zone: '开办企业专区',
    window: BIZ_WINDOW,
  },
  {
    code: 'YJS-KZS',
    name: '我要开诊所',
    description:
      '营业执照、诊所备案、放射诊疗许可（如需）、户外招牌、排水许可集成办理，诊所备案即办即取。',
    audiences: ['个人', '法人'],
    stages: [
      { stage: '主体登记', items: ['公司设立登记'] },
      { stage: '执业备案', items: ['诊所备案'] },
      { stage: '并联审批', items: ['放射诊疗许可', SHOP_SIGN, DRAIN] },
    ],
    committedDays: 15,
    zone: '审批服务区',
    window: ONE_WINDOW,
  },
  {
    code: 'YJS-KMRY',
    name: '我要开美容院',
    description:
      '营业执照、公共场所卫生许可、消防安全检查、户外招牌一次办，上午递交材料、下午即可拿证（告知承诺）。',
    audiences: ['个人', '法人'],
    stages: [
      { stage: '主体登记', items: ['个体工商户设立登记'] },
      { stage: '并联审批', items: ['公共场所卫生许可', FIRE, SHOP_SIGN] },
    ],
    committedDays: 5,
    zone: '开办企业专区',
    window: BIZ_WINDOW,
  },
  {
    code: 'YJS-KLG',
    name: '我要开旅馆',
    description: '营业执照、公共场所卫生许可、特种行业许可、消防安全检查、户外招牌一链办理。',
    audiences: ['法人'],
    stages: [
      { stage: '主体登记', items: ['公司设立登记'] },
      {
        stage: '并联审批',
        items: ['公共场所卫生许可', '旅馆业特种行业许可证核发', FIRE, SHOP_SIGN],
      },
    ],
    committedDays: 12,
    zone: '审批服务区',
    window: ONE_WINDOW,
  },
  {
    code: 'YJS-BPX',
    name: '我要办培训机构',
    description: '民办非企业单位登记、办学许可、消防安全检查、户外招牌集成办理，联合踏勘一次完成。',
    audiences: ['法人'],
    stages: [
      { stage: '办学许可', items: ['民办学校办学许可（文化艺术类校外培训机构）'] },
      { stage: '法人登记', items: ['民办非企业单位成立登记'] },
      { stage: '并联审批', items: [FIRE, SHOP_SIGN] },
    ],
    committedDays: 20,
    zone: '审批服务区',
    window: ONE_WINDOW,
  },
  {
    code: 'YJS-KSGD',
    name: '我要开水果店',
    description: '营业执照、仅销售预包装食品备案、户外招牌一次办，当天即可开业筹备。',
    audiences: ['个人'],
    stages: [
      { stage: '主体登记', items: ['个体工商户设立登记'] },
      { stage: '并联办理', items: ['仅销售预包装食品备案', SHOP_SIGN] },
    ],
    committedDays: 3,
    zone: '开办企业专区',
    window: BIZ_WINDOW,
  },
  {
    code: 'YJS-KYD',
    name: '我要开药店',
    description:
      '营业执照、药品经营许可、第二类医疗器械经营备案、食品经营许可（保健食品）、户外招牌集成办理。',
    audiences: ['法人'],
    stages: [
      { stage: '主体登记', items: ['公司设立登记'] },
      {
        stage: '并联审批',
        items: ['药品零售企业经营许可', '第二类医疗器械经营备案', '食品经营许可证核发', SHOP_SIGN],
      },
    ],
    committedDays: 15,
    zone: '开办企业专区',
    window: BIZ_WINDOW,
  },
  {
    code: 'YJS-KWB',
    name: '我要开网吧',
    description: '营业执照、信息网络安全审核、网络文化经营许可、消防安全检查、户外招牌一链办理。',
    audiences: ['法人'],
    stages: [
      { stage: '主体登记', items: ['公司设立登记'] },
      { stage: '安全审核', items: ['互联网上网服务营业场所信息网络安全审核', FIRE] },
      { stage: '经营许可', items: ['互联网上网服务营业场所经营许可', SHOP_SIGN] },
    ],
    committedDays: 15,
    zone: '审批服务区',
    window: ONE_WINDOW,
  },
  {
    code: 'YJS-KBLD',
    name: '我要开便利店',
    description: '营业执照、食品经营许可、烟草专卖零售许可、户外招牌集成办理。',
    audiences: ['个人', '法人'],
    stages: [
      { stage: '主体登记', items: ['个体工商户设立登记'] },
      { stage: '并联审批', items: ['食品经营许可证核发', '烟草专卖零售许可证核发', SHOP_SIGN] },
    ],
    committedDays: 10,
    zone: '开办企业专区',
    window: BIZ_WINDOW,
  },
  {
    code: 'YJS-KYJD',
    name: '我要开烟酒店',
    description: '营业执照、烟草专卖零售许可、食品经营许可（酒类）、户外招牌一次办理。',
    audiences: ['个人'],
    stages: [
      { stage: '主体登记', items: ['个体工商户设立登记'] },
      { stage: '并联审批', items: ['烟草专卖零售许可证核发', '食品经营许可证核发', SHOP_SIGN] },
    ],
    committedDays: 10,
    zone: '开办企业专区',
    window: BIZ_WINDOW,
  },
  {
    code: 'YJS-KJSF',
    name: '我要开健身房',
    description:
      '营业执照、高危险性体育项目经营许可（含游泳项目的）、公共场所卫生许可、消防安全检查、户外招牌一链办理。',
    audiences: ['法人'],
    stages: [
      { stage: '主体登记', items: ['公司设立登记'] },
      {
        stage: '并联审批',
        items: ['高危险性体育项目经营许可（游泳）', '公共场所卫生许可', FIRE, SHOP_SIGN],
      },
    ],
    committedDays: 15,
    zone: '审批服务区',
    window: ONE_WINDOW,
  },
  {
    code: 'YJS-XSECS',
    name: '新生儿出生',
    description:
      '出生医学证明、预防接种证、户口登记、医保参保、社保卡申领“出生一件事”联办，材料齐全当场办结，最多跑一次。',
    audiences: ['个人'],
    stages: [
      { stage: '出生证明', items: ['出生医学证明首次签发', '预防接种证办理'] },
      { stage: '户口登记', items: ['出生登记'] },
      { stage: '参保办卡', items: ['城乡居民基本医疗保险参保登记', '社会保障卡申领'] },
    ],
    committedDays: 0,
    zone: '民生服务区',
    window: 'A区 24号窗口（出生一件事）',
  },
  {
    code: 'YJS-TX',
    name: '退休',
    description:
      '退休申请、养老金申领、公积金提取、老年人优待证“退休一件事”联办，退休手续一次办好。',
    audiences: ['个人'],
    stages: [
      { stage: '退休审批', items: ['企业职工正常退休（职）申请'] },
      {
        stage: '待遇申领',
        items: ['企业职工基本养老保险待遇申领', '住房公积金提取（离休、退休）', '老年人优待证办理'],
      },
    ],
    committedDays: 10,
    zone: '民生服务区',
    window: 'A区 1-6号窗口',
  },
  {
    code: 'YJS-SHS',
    name: '身后事',
    description:
      '户口注销、丧葬补助金及抚恤金、惠民殡葬补贴、公积金提取、不动产继承登记“身后一件事”联办。',
    audiences: ['个人'],
    stages: [
      { stage: '户口注销', items: ['死亡登记（户口注销）'] },
      {
        stage: '待遇结算',
        items: [
          '丧葬补助金、抚恤金申领',
          '惠民殡葬补贴申领',
          '住房公积金提取（职工死亡或被宣告死亡）',
        ],
      },
      { stage: '财产继承', items: ['不动产转移登记（继承、受遗赠）'] },
    ],
    committedDays: 10,
    zone: '民生服务区',
    window: 'A区 15-16号窗口',
  },
  {
    code: 'YJS-KBQY',
    name: '开办企业',
    description:
      '营业执照、公章刻制、新办纳税人套餐、社保登记、公积金缴存登记一窗通办，0.5个工作日办结。',
    audiences: ['法人'],
    stages: [
      { stage: '设立登记', items: ['公司设立登记'] },
      {
        stage: '同步办理',
        items: [
          '公章刻制备案',
          '新办纳税人“套餐式”服务',
          '单位社会保险参保登记',
          '住房公积金单位缴存登记',
        ],
      },
    ],
    committedDays: 1,
    zone: '开办企业专区',
    window: BIZ_WINDOW,
  },
  {
    code: 'YJS-QYZX',
    name: '企业注销',
    description: '清税、社保注销、公积金注销、注销登记一网通办，“一次申请、同步办理”。',
    audiences: ['法人'],
    stages: [
      {
        stage: '清税清算',
        items: ['清税申报', '单位社会保险注销登记', '住房公积金单位缴存登记注销'],
      },
      { stage: '注销登记', items: ['公司注销登记'] },
    ],
    committedDays: 1,
    zone: '开办企业专区',
    window: BIZ_WINDOW,
  },
  {
    code: 'YJS-ESFJY',
    name: '二手房交易',
    description: '网签备案、契税申报、不动产转移登记、抵押登记“一窗受理、集成服务”，当天领证。',
    audiences: ['个人'],
    stages: [
      { stage: '网签', items: ['存量房买卖合同网签备案'] },
      { stage: '缴税登记', items: ['契税申报', '不动产转移登记（存量房买卖）'] },
      { stage: '抵押', items: ['不动产抵押权首次登记'] },
    ],
    committedDays: 1,
    zone: '民生服务区',
    window: 'D区 不动产登记1-16号窗口',
  },
];

export function buildThemes(items: ServiceItem[]): Theme[] {
  return SPECS.map((spec, index) => {
    const flow: ThemeFlowStage[] = spec.stages.map((s) => ({
      stage: s.stage,
      itemCodes: s.items.map((n) => itemCodeByName(items, n)),
      parallel: s.items.length > 1,
    }));
    return {
      code: spec.code,
      name: spec.name,
      description: spec.description,
      audiences: spec.audiences,
      itemCodes: flow.flatMap((s) => s.itemCodes),
      flow,
      committedDays: spec.committedDays,
      zone: spec.zone,
      window: spec.window,
      status: 'active',
      version: 1,
      updatedAt: seedTime(-90 + index * 4, 10),
    };
  });
}

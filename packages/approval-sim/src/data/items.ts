import type {
  Audience,
  BusinessCategoryCode,
  DeliveryOption,
  FaqEntry,
  ItemResult,
  ItemType,
  Material,
  ProcessStep,
  ServiceItem,
  Zone,
} from '../types';
import { CATALOGUE, type AudienceKey, type CatalogueRow, type TypeKey } from './catalogue';
import { DEPARTMENT_PROFILES } from './departments';
import { FEES, LAWS } from './laws';
import { materialDefinition } from './materials';
import { seedTime } from './time';

const TYPE_NAMES: Record<TypeKey, ItemType> = {
  XK: '行政许可',
  QR: '行政确认',
  JF: '行政给付',
  CJ: '行政裁决',
  BA: '行政备案',
  GG: '公共服务',
  QT: '其他行政权力',
};

const AUDIENCES: Record<AudienceKey, Audience[]> = {
  P: ['个人'],
  L: ['法人'],
  PL: ['个人', '法人'],
};

const BIZ_ZONE: Zone = '开办企业专区';
const BIZ_WINDOW = 'B区 1-8号窗口（开办企业专区）';
const ONLINE_BASE =
  'https://www.shandong.gov.cn/api-gateway/jpaas-jiq-web-sdywtb/front/transition/ywTransToDetail';

interface ParsedFlags {
  hot: boolean;
  fullyOnline: boolean;
  preReview: boolean;
  siteCheck: boolean;
  biz: boolean;
  laws: string[];
  feeKey?: string;
  result?: ItemResult;
  category?: BusinessCategoryCode;
}

function parseFlags(flags: string | undefined): ParsedFlags {
  const parsed: ParsedFlags = {
    hot: false,
    fullyOnline: false,
    preReview: false,
    siteCheck: false,
    biz: false,
    laws: [],
  };
  for (const token of (flags ?? '').split(' ').filter(Boolean)) {
    const [key, value = ''] = token.split(/:(.*)/s);
    switch (key) {
      case 'hot':
        parsed.hot = true;
        break;
      case 'full':
        parsed.fullyOnline = true;
        parsed.preReview = true;
        break;
      case 'pre':
        parsed.preReview = true;
        break;
      case 'site':
        parsed.siteCheck = true;
        break;
      case 'biz':
        parsed.biz = true;
        break;
      case 'law':
        parsed.laws = value.split(',');
        break;
      case 'fee':
        parsed.feeKey = value;
        break;
      case 'res': {
        const [name, kind] = value.split('/');
        parsed.result = { name, kind: kind === 'Z' ? '证照' : kind === 'P' ? '批文' : '其他' };
        break;
      }
      case 'cat':
        parsed.category = value as BusinessCategoryCode;
        break;
      default:
        throw new Error(`unknown catalogue flag ${token}`);
    }
  }
  return parsed;
}

function parseMaterials(spec: string, itemSeq: string): Material[] {
  return spec
    .split(' ')
    .filter(Boolean)
    .map((token) => {
      const conditional = token.includes('?');
      const [code, explicitCondition] = token.split('?');
      const def = materialDefinition(code);
      const material: Material = {
        code: def.code,
        name: def.name,
        forms: { ...def.forms },
        copies: { ...def.copies },
        requirement: conditional ? 'conditional' : 'required',
        source: def.source,
      };
      if (conditional) {
        material.condition = explicitCondition || def.defaultCondition || `${def.name}适用情形的`;
      }
      if (code === 'M000') {
        material.blankFormUrl = `/forms/${itemSeq}-application.docx`;
        material.sampleUrl = `/samples/${itemSeq}-application-sample.pdf`;
      } else if (def.sampleUrl) {
        material.sampleUrl = def.sampleUrl;
      }
      if (code === 'M008') {
        material.blankFormUrl = '/forms/power-of-attorney.docx';
      }
      if (def.notes) {
        material.notes = def.notes;
      }
      return material;
    });
}

const GENERIC_CONDITIONS: Record<ItemType, (name: string) => string[]> = {
  行政许可: (name) => [
    '申请人为依法设立的法人、其他组织或具有完全民事行为能力的自然人',
    `申请材料齐全、符合法定形式，符合${name}的法定条件和标准`,
    '申请人未被列入严重失信主体名单，或已完成信用修复',
  ],
  行政确认: (name) => [
    `申请人为${name}所涉事实或权利的当事人或其法定代理人`,
    '所提交证明材料真实、有效，相关事实清楚',
  ],
  行政给付: (name) => [
    `符合${name}的享受条件且已按规定参保或登记`,
    '申请人或其家庭成员如实申报收入、财产等情况，并授权经办机构核对',
    '未在其他地区重复享受同类待遇',
  ],
  行政裁决: () => [
    '申请人与争议事项有直接利害关系',
    '有明确的被申请人、具体请求和事实理由',
    '属于受理机构管辖范围且在法定申请时效内',
  ],
  行政备案: (name) => [
    `已依法取得主体资格，并按规定在事项发生后及时办理${name}`,
    '备案信息真实、准确、完整，实行告知承诺制',
  ],
  公共服务: (name) => [
    `有办理${name}的实际需要，本人申请或委托他人代为申请`,
    '持有效身份证件，信息填写真实准确',
  ],
  其他行政权力: (name) => [`属于${name}的适用对象`, '按规定期限提出申请，材料真实有效'],
};

const SPECIFIC_CONDITIONS: Record<string, string[]> = {
  食品经营许可证核发: [
    '具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所',
    '具有与经营的食品品种、数量相适应的经营设备或者设施',
    '有专职或者兼职的食品安全管理人员和保证食品安全的规章制度',
    '具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染',
    '已取得营业执照等主体资格证明',
  ],
  个体工商户设立登记: [
    '有经营能力的自然人（家庭经营的以主持经营者为经营者）',
    '有固定的经营场所，且符合住所（经营场所）登记管理规定',
    '经营范围不属于法律、行政法规禁止的项目',
  ],
  公司设立登记: [
    '股东符合法定人数，有符合公司章程规定的认缴出资额',
    '有公司名称，建立符合要求的组织机构',
    '有公司住所，住所使用符合登记管理规定',
  ],
  公共场所卫生许可: [
    '场所选址、设计、装修符合国家卫生标准和卫生规范',
    '具有与经营规模相适应的给排水、通风、空气消毒和公共用品用具清洗消毒保洁设施',
    '从业人员取得有效健康合格证明并经卫生知识培训',
    '建立卫生管理制度，配备专（兼）职卫生管理人员',
  ],
  '公众聚集场所投入使用、营业前消防安全检查': [
    '场所已依法取得营业执照等主体资格',
    '依法应当进行消防验收或备案的建设工程已通过消防验收或完成备案',
    '消防设施、器材配置符合国家工程建设消防技术标准，并保持完好有效',
    '已制定消防安全制度、灭火和应急疏散预案，员工经消防安全培训',
  ],
  户外招牌设置许可: [
    '招牌设置符合本区户外招牌设置专项规划和设置技术规范',
    '一个门店原则上只设置一块招牌，招牌内容与营业执照登记名称一致',
    '招牌结构安全，亮化设施符合节能和安全要求',
  ],
  城镇污水排入排水管网许可: [
    '排水户已按规定建设排水设施，雨水、污水分流排放',
    '餐饮等排水户已设置隔油池等预处理设施并保持正常运行',
    '排放的污水符合《污水排入城镇下水道水质标准》',
  ],
  '不动产转移登记（存量房买卖）': [
    '不动产已依法办理首次登记，且不存在查封、异议等限制转移情形',
    '买卖双方已签订存量房买卖合同并完成网签备案',
    '已依法缴纳相关税费',
  ],
  '住房公积金提取（购买自住住房）': [
    '在本市正常缴存住房公积金',
    '购买本市或户籍地自住住房，自购房之日起3年内申请提取',
    '提取总额不超过购房总价款',
  ],
  企业职工基本养老保险待遇申领: [
    '达到法定退休年龄并已办理退休手续',
    '累计缴费满15年（含视同缴费年限）',
    '未领取其他基本养老保险待遇',
  ],
  生育登记: [
    '夫妻双方至少一方户籍在本区，或在本区居住且持有居住证',
    '登记内容真实，实行告知承诺制，无需提供其他证明',
  ],
  出生登记: ['婴儿出生后一个月内，由父亲、母亲或其他监护人申报', '父亲或母亲一方户籍在本区'],
  内地居民结婚登记: [
    '男方年满22周岁、女方年满20周岁，双方自愿',
    '双方均无配偶，且无禁止结婚的亲属关系',
    '双方共同到婚姻登记机关申请（已实行全国通办，可在一方经常居住地办理）',
  ],
};

function buildSteps(row: CatalogueRow, flags: ParsedFlags, name: string): ProcessStep[] {
  const committed = row[7];
  const submit: ProcessStep = flags.fullyOnline
    ? {
        name: '网上申报',
        description: `通过“爱山东”APP或山东政务服务网“${name}”页面在线填报并上传材料`,
        actor: '申请人',
      }
    : {
        name: '提交申请',
        description: flags.preReview
          ? '可先在网上预审，预审通过后到窗口提交纸质材料或现场核验原件'
          : '携带申请材料到政务服务中心对应窗口提交申请',
        actor: '申请人',
      };
  if (committed === 0) {
    return [
      submit,
      {
        name: '受理并办结',
        description: '窗口人员当场审核材料，材料齐全、符合法定形式的即时办结，出具办理结果',
        actor: '窗口',
      },
    ];
  }
  const steps: ProcessStep[] = [
    submit,
    {
      name: '受理',
      description:
        '窗口审核材料，材料齐全的当场出具受理通知书；材料不全的一次性告知需补正的全部内容',
      actor: '窗口',
    },
  ];
  if (flags.siteCheck) {
    steps.push({
      name: '现场核查',
      description: '审批人员按照“ABC分类踏勘”要求到经营场所现场核查，可承诺制免于核查的当场核实',
      actor: '现场核查',
    });
  }
  steps.push(
    {
      name: '审查与决定',
      description: `审批科室在承诺时限（${committed}个工作日）内完成审查并作出决定`,
      actor: '审批科室',
    },
    {
      name: '送达',
      description: '通过统一出件窗口领取，或选择政务专递免费邮寄、电子证照同步推送',
      actor: '窗口',
    },
  );
  return steps;
}

function buildFaq(name: string, item: Omit<ServiceItem, 'faq'>): FaqEntry[] {
  const faq: FaqEntry[] = [];
  faq.push({
    question: `办理${name}需要多长时间？`,
    answer:
      item.committedDays === 0
        ? `即办件，材料齐全当场办结。法定时限${item.statutoryDays}个工作日。`
        : `承诺${item.committedDays}个工作日办结（法定${item.statutoryDays}个工作日），自受理之日起计算，现场核查、公示时间不计入。`,
  });
  faq.push({
    question: '可以在网上办理吗？',
    answer: item.online.fullyOnline
      ? '可以，该事项已实现全程网办，登录“爱山东”APP或山东政务服务网提交申请，零跑腿。'
      : item.online.preReview
        ? '支持网上预审：先在网上提交材料预审，预审通过后到窗口办理，只跑一次。'
        : '目前需到政务服务中心窗口办理，建议通过“市中好办事”提前预约，减少等候。',
  });
  if (item.materials.some((m) => m.code === 'M008')) {
    faq.push({
      question: '本人没时间，可以委托他人代办吗？',
      answer:
        '可以，受托人需携带本人身份证件和申请人签字的授权委托书；帮办代办窗口也可提供免费代办服务。',
    });
  }
  if (item.free) {
    faq.push({ question: '办理需要交费吗？', answer: '不收取任何费用。' });
  } else {
    faq.push({
      question: '办理需要交费吗？',
      answer: `需缴纳：${item.fees.map((f) => `${f.name}${f.amount}${f.unit}`).join('；')}。可现场扫码或刷卡缴纳。`,
    });
  }
  if (item.hot) {
    faq.push({
      question: '材料不齐全怎么办？',
      answer:
        '实行“容缺受理”：主要材料齐全、次要材料欠缺的，申请人书面承诺后先行受理，在规定时间内补齐即可。',
    });
  }
  return faq;
}

function deliveryFor(
  result: ItemResult,
  committedDays: number,
  fullyOnline: boolean,
): DeliveryOption[] {
  if (result.kind === '证照') {
    return ['窗口领取', '政务专递', '电子证照'];
  }
  if (result.kind === '批文') {
    return committedDays === 0 ? ['窗口领取', '自助打印'] : ['窗口领取', '政务专递'];
  }
  return fullyOnline ? ['自助打印', '电子证照'] : ['窗口领取', '自助打印'];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Build the full catalogue. Deterministic: same output on every call. */
export function buildServiceItems(): ServiceItem[] {
  const items: ServiceItem[] = [];
  let globalIndex = 0;
  DEPARTMENT_PROFILES.forEach((profile, deptIndex) => {
    const deptCode = profile.department.code;
    const rows = CATALOGUE[deptCode] ?? [];
    rows.forEach((row, rowIndex) => {
      const [
        name,
        typeKey,
        audKey,
        topics,
        lifeEvents,
        materialSpec,
        statutoryDays,
        committedDays,
      ] = row;
      const flags = parseFlags(row[8]);
      const type = TYPE_NAMES[typeKey];
      const code = `370103-${typeKey}-${pad(deptIndex + 1, 2)}${pad(rowIndex + 1, 3)}`;
      const fees = flags.feeKey ? FEES[flags.feeKey] : [];
      if (!fees) {
        throw new Error(`unknown fee ${flags.feeKey}`);
      }
      const result = flags.result ?? { name: '办理结果通知书', kind: '其他' as const };
      const legalBasis = flags.laws.length
        ? flags.laws.flatMap((key) => {
            const laws = LAWS[key];
            if (!laws) {
              throw new Error(`unknown law ${key}`);
            }
            return laws;
          })
        : ['《山东省政务服务事项标准化工作规范》', '《优化营商环境条例》第三十五条'];
      const base: Omit<ServiceItem, 'faq'> = {
        code,
        name,
        departmentCode: deptCode,
        departmentName: profile.department.name,
        type,
        audiences: AUDIENCES[audKey],
        topics: topics.split(' ').filter(Boolean),
        lifeEvents: lifeEvents.split(' ').filter(Boolean),
        conditions: SPECIFIC_CONDITIONS[name] ?? GENERIC_CONDITIONS[type](name),
        legalBasis,
        materials: parseMaterials(materialSpec, code),
        steps: buildSteps(row, flags, name),
        statutoryDays,
        committedDays,
        fees: fees.map((f) => ({ ...f })),
        free: fees.length === 0,
        visitsNeeded: flags.fullyOnline ? 0 : 1,
        online: {
          fullyOnline: flags.fullyOnline,
          preReview: flags.preReview,
          ...(flags.preReview ? { url: `${ONLINE_BASE}?itemCode=${code}` } : {}),
        },
        zone: flags.biz ? BIZ_ZONE : profile.zone,
        window: flags.biz ? BIZ_WINDOW : profile.window,
        officeHours: profile.officeHours,
        phone: profile.department.phone,
        results: [result],
        deliveryOptions: deliveryFor(result, committedDays, flags.fullyOnline),
        businessCategory: flags.category ?? (flags.biz ? 'B' : profile.category),
        hot: flags.hot,
        status: 'active',
        version: 1 + (globalIndex % 4),
        updatedAt: seedTime(
          -200 + (globalIndex % 180),
          8 + (globalIndex % 9),
          (globalIndex * 7) % 60,
        ),
      };
      items.push({ ...base, faq: buildFaq(name, base) });
      globalIndex += 1;
    });
  });
  return items;
}

/** Look up an item code by its exact name (used to wire themes and cases). */
export function itemCodeByName(items: ServiceItem[], name: string): string {
  const item = items.find((i) => i.name === name);
  if (!item) {
    throw new Error(`no service item named ${name}`);
  }
  return item.code;
}

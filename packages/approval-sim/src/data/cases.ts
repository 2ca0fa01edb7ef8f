import type {
  Case,
  CaseStage,
  CaseStatus,
  CaseTimelineEntry,
  DeliveryOption,
  ServiceItem,
} from '../types';
import { addWorkingDays, seedTime } from './time';

const SURNAMES = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董'.split('');
const HANDLERS = [
  '王晓燕',
  '李军',
  '刘婷',
  '张振华',
  '孙慧',
  '赵磊',
  '陈静',
  '马文',
  '周雪',
  '郭鹏',
];

const CASE_ITEMS = [
  '食品经营许可证核发',
  '公共场所卫生许可',
  '个体工商户设立登记',
  '公司设立登记',
  '医疗机构执业登记',
  '户外招牌设置许可',
  '公众聚集场所投入使用、营业前消防安全检查',
  '城镇污水排入排水管网许可',
  '企业职工基本养老保险待遇申领',
  '城乡居民基本养老保险待遇申领',
  '不动产转移登记（存量房买卖）',
  '不动产转移登记（继承、受遗赠）',
  '住房公积金个人住房贷款',
  '残疾人证核发',
  '居住证申领',
  '民办学校办学许可（文化艺术类校外培训机构）',
  '零星医疗费用报销',
  '工伤认定申请',
  '建筑工程施工许可证核发',
  '烟草专卖零售许可证核发',
  '最低生活保障审核确认',
  '教师资格认定',
  '旅馆业特种行业许可证核发',
  '药品零售企业经营许可',
];

/** Status pattern; unfinished cases accepted early enough end up overdue. */
const STATUS_CYCLE: CaseStatus[] = [
  '已办结',
  '审查中',
  '已送达',
  '已受理',
  '审查中',
  '补正材料',
  '已办结',
  '待受理',
  '审查中',
  '已送达',
  '不予受理',
  '审查中',
];

const STAGE_NOTES: Record<CaseStage, string> = {
  申报: '申请人通过“爱山东”提交申请，网上预审通过',
  受理: '材料齐全，予以受理，已出具统一受理告知单',
  审查: '审批科室审查中',
  决定: '准予许可，已制作决定文书和证照',
  办结: '办结，电子证照已同步推送至“爱山东”卡包',
  送达: '已送达',
};

const FINISHED: CaseStatus[] = ['已办结', '已送达', '不予受理'];

function stagesFor(status: CaseStatus): CaseStage[] {
  switch (status) {
    case '待受理':
      return ['申报'];
    case '已受理':
      return ['申报', '受理'];
    case '审查中':
    case '补正材料':
      return ['申报', '受理', '审查'];
    case '不予受理':
      return ['申报', '受理', '办结'];
    case '已办结':
      return ['申报', '受理', '审查', '决定', '办结'];
    case '已送达':
      return ['申报', '受理', '审查', '决定', '办结', '送达'];
  }
}

export function isFinished(status: CaseStatus): boolean {
  return FINISHED.includes(status);
}

/** 36 sample cases with timelines, some overdue relative to any clock after Nov 2026. */
export function buildCases(items: ServiceItem[]): Omit<Case, 'overdue'>[] {
  const byName = new Map(items.map((i) => [i.name, i]));
  const cases: Omit<Case, 'overdue'>[] = [];
  for (let i = 0; i < 36; i += 1) {
    const item = byName.get(CASE_ITEMS[i % CASE_ITEMS.length]);
    if (!item) {
      throw new Error(`case item missing: ${CASE_ITEMS[i % CASE_ITEMS.length]}`);
    }
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length];
    const finished = isFinished(status);
    // Finished cases lie in the past; unfinished ones are recent, except every third one,
    // which was accepted long ago and is overdue.
    const dayOffset = finished ? -60 + i : i % 3 === 0 ? -40 + Math.floor(i / 2) : 14 + (i % 6);
    const submittedAt = seedTime(dayOffset, 9 + (i % 7), (i * 13) % 60);
    const acceptedAt = seedTime(dayOffset, 10 + (i % 6), (i * 17) % 60);
    const committedDays = Math.max(item.committedDays, 1);
    const committedDeadline = addWorkingDays(acceptedAt, committedDays);
    const handler = HANDLERS[i % HANDLERS.length];
    const stages = stagesFor(status);
    const timeline: CaseTimelineEntry[] = stages.map((stage, idx) => {
      let at: string;
      if (stage === '申报') {
        at = submittedAt;
      } else if (stage === '受理') {
        at = acceptedAt;
      } else {
        // Later stages on working days after acceptance, during office hours.
        const span = Math.min(committedDays, 6);
        const day = addWorkingDays(
          acceptedAt,
          Math.max(1, Math.round((span * idx) / stages.length)),
        );
        const beijingDate = new Date(Date.parse(day) + 8 * 3600 * 1000).toISOString().slice(0, 10);
        at = new Date(
          `${beijingDate}T${String(9 + idx).padStart(2, '0')}:${String((i * 7 + idx * 11) % 60).padStart(2, '0')}:00+08:00`,
        ).toISOString();
      }
      let note = STAGE_NOTES[stage];
      if (stage === '审查' && status === '补正材料') {
        note = '材料需补正：请补充提交经营场所平面图（标明设备布局），已一次性告知';
      }
      if (stage === '办结' && status === '不予受理') {
        note = '申请事项不属于本机关职权范围，已告知向有关行政机关申请';
      }
      if (stage === '送达') {
        note = i % 2 === 0 ? '政务专递已签收（EMS）' : '申请人已在统一出件窗口领取';
      }
      return {
        stage,
        at,
        note,
        handler: stage === '申报' ? '申请人' : handler,
      };
    });
    const last = timeline[timeline.length - 1];
    const delivery: DeliveryOption = item.deliveryOptions[i % item.deliveryOptions.length];
    const caseNo = `370103${acceptedAt.slice(0, 10).replace(/-/g, '')}${String(1000 + i * 37).padStart(4, '0')}`;
    cases.push({
      caseNo,
      itemCode: item.code,
      itemName: item.name,
      departmentName: item.departmentName,
      applicantName: `${SURNAMES[(i * 7) % SURNAMES.length]}**`,
      phoneLast4: String(1000 + ((i * 2719) % 9000)),
      acceptedAt,
      committedDeadline,
      status,
      ...(finished ? { finishedAt: last.at } : {}),
      deliveryMethod: delivery,
      timeline,
      updatedAt: last.at,
    });
  }
  return cases;
}

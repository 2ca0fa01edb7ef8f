import type { PublicityRecord, ServiceItem } from '../types';
import { seedTime } from './time';

const TRADE_NAMES = [
  '泉韵',
  '舜耕',
  '千佛山',
  '鲁味斋',
  '齐鲁乐',
  '大观园',
  '英雄山',
  '七贤',
  '泺源',
  '趵突',
  '兴隆',
  '玉函',
  '四里山',
  '魏家庄',
  '六里山',
  '杆石桥',
  '二七',
  '王官庄',
  '党家',
  '十六里河',
];

const SUFFIX_BY_ITEM: Record<string, string[]> = {
  食品经营许可证核发: ['餐饮管理有限公司', '快餐店', '面馆', '烧烤店', '便利店'],
  公共场所卫生许可: ['美容美发店', '宾馆有限公司', '足浴店', '健身服务有限公司'],
  药品零售企业经营许可: ['大药房有限公司', '医药连锁有限公司'],
  医疗机构执业登记: ['口腔门诊部有限公司', '中医诊所有限公司', '综合门诊部有限公司'],
  烟草专卖零售许可证核发: ['超市', '烟酒商行', '便利店'],
  户外招牌设置许可: ['商贸有限公司', '餐饮店', '服装店'],
  建筑工程施工许可证核发: ['置业有限公司', '房地产开发有限公司'],
  '民办学校办学许可（文化艺术类校外培训机构）': ['艺术培训学校', '书画培训中心'],
  娱乐场所经营许可证核发: ['KTV有限公司', '文化娱乐有限公司'],
  旅馆业特种行业许可证核发: ['酒店管理有限公司', '快捷宾馆'],
  城镇污水排入排水管网许可: ['餐饮有限公司', '洗车店', '火锅店'],
  '公众聚集场所投入使用、营业前消防安全检查': ['商场有限公司', '电影城有限公司', '酒店有限公司'],
};

const DOC_ABBR: Record<string, string> = {
  食品经营许可证核发: '食经',
  公共场所卫生许可: '卫公',
  药品零售企业经营许可: '药经',
  医疗机构执业登记: '医执',
  烟草专卖零售许可证核发: '烟零',
  户外招牌设置许可: '招牌',
  建筑工程施工许可证核发: '施许',
  '民办学校办学许可（文化艺术类校外培训机构）': '教民',
  娱乐场所经营许可证核发: '娱经',
  旅馆业特种行业许可证核发: '特行',
  城镇污水排入排水管网许可: '排水',
  '公众聚集场所投入使用、营业前消防安全检查': '消安检',
};

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 80 permit-result publicity records (许可结果公示), deterministic. */
export function buildPublicity(items: ServiceItem[]): PublicityRecord[] {
  const itemNames = Object.keys(SUFFIX_BY_ITEM);
  const records: PublicityRecord[] = [];
  for (let i = 0; i < 80; i += 1) {
    const itemName = itemNames[i % itemNames.length];
    const item = items.find((it) => it.name === itemName);
    if (!item) {
      throw new Error(`publicity item missing: ${itemName}`);
    }
    const suffixes = SUFFIX_BY_ITEM[itemName];
    const trade = TRADE_NAMES[(i * 7) % TRADE_NAMES.length];
    const suffix = suffixes[i % suffixes.length];
    const applicant = suffix.includes('有限公司')
      ? `济南${trade}${suffix}`
      : `济南市市中区${trade}${suffix}`;
    let credit = '92370103';
    if (suffix.includes('有限公司')) {
      credit = '91370103';
    }
    for (let k = 0; k < 10; k += 1) {
      credit += CREDIT_CHARS[(i * 31 + k * 17 + k * k) % CREDIT_CHARS.length];
    }
    const dayOffset = -120 + Math.floor(i * 1.6);
    const decidedAt = seedTime(dayOffset, 14 + (i % 3), (i * 11) % 60);
    const decision: PublicityRecord['decision'] =
      i % 19 === 7
        ? '不予许可'
        : i % 11 === 5
          ? '准予变更'
          : i % 13 === 3
            ? '准予延续'
            : '准予许可';
    const seq = String(100 + i * 3).padStart(4, '0');
    const validYears = item.results[0]?.kind === '证照' ? 5 : 0;
    records.push({
      id: `GS-2026-${String(i + 1).padStart(4, '0')}`,
      itemCode: item.code,
      itemName,
      applicant,
      creditCode: credit,
      decision,
      decisionNo: `济市中审批${DOC_ABBR[itemName]}字〔2026〕${seq}号`,
      decidedAt,
      ...(validYears && decision !== '不予许可'
        ? { validUntil: `${2026 + validYears}${decidedAt.slice(4, 10)}` }
        : {}),
      departmentName: item.departmentName,
      updatedAt: decidedAt,
    });
  }
  return records;
}

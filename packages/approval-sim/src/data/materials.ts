import type { MaterialDefinition, MaterialForms } from '../types';

const ORIG: MaterialForms = { original: true, copy: false, electronic: false };
const ORIG_E: MaterialForms = { original: true, copy: false, electronic: true };
const COPY_E: MaterialForms = { original: false, copy: true, electronic: true };
const BOTH_E: MaterialForms = { original: true, copy: true, electronic: true };
const ELEC: MaterialForms = { original: false, copy: false, electronic: true };

const CHECK = { original: 1, copy: 0 };
const ONE_COPY = { original: 0, copy: 1 };
const SHOW_AND_COPY = { original: 1, copy: 1 };

function m(
  code: string,
  name: string,
  forms: MaterialForms,
  copies: { original: number; copy: number },
  source: string,
  extra: Partial<Pick<MaterialDefinition, 'defaultCondition' | 'notes' | 'sampleUrl'>> = {},
): MaterialDefinition {
  return { code, name, forms, copies, source, ...extra };
}

const SELF = '申请人自备';
const E_LICENSE = '可通过电子证照库调取，无需提交';

/**
 * Shared material dictionary: the same material has the same code in every item,
 * so theme (一件事) material lists can be merged by code.
 */
export const MATERIAL_DICTIONARY: MaterialDefinition[] = [
  m('M000', '申请表（申请书）', ORIG_E, CHECK, '窗口领取或在“爱山东”政务服务平台在线填写', {
    notes: '办理“一件事”时填写综合申请表，一表代替多表',
  }),
  m('M001', '营业执照', COPY_E, ONE_COPY, E_LICENSE, {
    notes: '已领取电子营业执照的无需提交纸质材料',
  }),
  m('M002', '法定代表人（负责人、经营者）身份证件', BOTH_E, SHOW_AND_COPY, E_LICENSE, {
    notes: '现场核验原件，复印件由窗口免费复印',
  }),
  m('M003', '经营场所使用证明（房产证或租赁合同）', COPY_E, ONE_COPY, SELF, {
    notes: '自有房产提交不动产权证书；租赁的提交租赁合同及出租方产权证明',
    sampleUrl: '/samples/lease-contract.pdf',
  }),
  m('M004', '食品安全管理制度', ORIG_E, CHECK, SELF, {
    notes: '含从业人员健康管理、进货查验记录、食品安全自查等制度',
    sampleUrl: '/samples/food-safety-rules.docx',
  }),
  m('M005', '经营场所平面图及设备布局图', ORIG_E, CHECK, SELF, {
    notes: '标明面积、功能分区、主要设备位置及消防通道',
    sampleUrl: '/samples/floor-plan.pdf',
  }),
  m('M006', '食品安全管理人员及从业人员健康证明', COPY_E, ONE_COPY, '定点体检机构出具', {
    notes: '健康证明可通过“健康山东”电子健康证查询核验',
  }),
  m('M007', '公共场所卫生管理制度及从业人员健康合格证明', COPY_E, ONE_COPY, SELF),
  m('M008', '授权委托书及受托人身份证件', ORIG_E, CHECK, SELF, {
    defaultCondition: '委托他人代为办理的',
    sampleUrl: '/samples/power-of-attorney.docx',
  }),
  m('M009', '招牌设计效果图及设置位置照片', ORIG_E, CHECK, '申请人委托设计单位制作', {
    notes: '标明招牌尺寸、材质、亮化方式',
  }),
  m('M010', '申请人居民身份证', BOTH_E, SHOW_AND_COPY, E_LICENSE),
  m('M011', '居民户口簿', ORIG, CHECK, '户籍所在地公安派出所核发'),
  m('M012', '结婚证', COPY_E, ONE_COPY, '婚姻登记机关核发；可通过电子证照库调取'),
  m('M013', '出生医学证明', COPY_E, ONE_COPY, '助产医疗机构签发', {
    notes: '新生儿出生后由医院签发，可在“出生一件事”中同步核验',
  }),
  m('M014', '社会保障卡', ORIG_E, CHECK, '社保卡合作银行网点办理'),
  m('M015', '近期免冠彩色证件照片', ORIG_E, CHECK, '可在大厅自助照相机拍摄', {
    notes: '白色背景，2寸或1寸，按事项要求',
  }),
  m('M016', '公司章程', ORIG_E, CHECK, SELF, {
    sampleUrl: '/samples/articles-of-association.docx',
  }),
  m('M017', '股东（发起人）主体资格证明', COPY_E, ONE_COPY, SELF, {
    notes: '自然人股东提交身份证件；法人股东提交营业执照',
  }),
  m('M018', '董事、监事和经理的任职文件及身份证件', ORIG_E, CHECK, SELF),
  m('M019', '不动产权证书', BOTH_E, SHOW_AND_COPY, '不动产登记中心核发', {
    notes: '已领取不动产电子证照的可在线核验',
  }),
  m('M020', '不动产买卖合同（网签备案）', ORIG_E, CHECK, '房产交易网签系统打印'),
  m('M021', '契税完税凭证', COPY_E, ONE_COPY, '税务部门开具，可通过部门共享获取'),
  m('M022', '本人银行结算账户（银行卡）', COPY_E, ONE_COPY, SELF),
  m('M023', '居民死亡医学证明（推断）书', COPY_E, ONE_COPY, '医疗卫生机构或公安机关出具'),
  m('M024', '医疗机构规章制度及人员名单', ORIG_E, CHECK, SELF),
  m(
    'M025',
    '医务人员执业证书或资格证书',
    COPY_E,
    ONE_COPY,
    '卫生健康部门核发；可通过电子证照库调取',
  ),
  m('M026', '主要设备清单', ORIG_E, CHECK, SELF),
  m('M027', '消防安全制度及灭火和应急疏散预案', ORIG_E, CHECK, SELF, {
    sampleUrl: '/samples/fire-plan.docx',
  }),
  m('M028', '建设工程规划许可证', COPY_E, ONE_COPY, '自然资源和规划部门核发'),
  m('M029', '施工合同', COPY_E, ONE_COPY, SELF),
  m('M030', '施工图设计文件审查合格书', COPY_E, ONE_COPY, '施工图审查机构出具；可由联审系统共享'),
  m('M031', '排水设施竣工图及水质检测报告', ORIG_E, CHECK, '具备资质的检测机构出具', {
    defaultCondition: '排放餐饮等含油污水的',
  }),
  m('M032', '建设项目环境影响评价文件', ORIG_E, CHECK, '申请人委托技术单位编制'),
  m('M033', '药学技术人员资格证明', COPY_E, ONE_COPY, '执业药师注册证由药品监管部门核发'),
  m('M034', '药品质量管理制度文件', ORIG_E, CHECK, SELF),
  m('M035', '劳动合同', COPY_E, ONE_COPY, SELF),
  m('M036', '学历学位证书', COPY_E, ONE_COPY, '可通过学信网电子注册备案表核验'),
  m('M037', '专业技术资格或职业资格证书', COPY_E, ONE_COPY, SELF),
  m('M038', '个人人事档案', ORIG, CHECK, '档案保管机构调取，无需申请人提交'),
  m('M039', '残疾评定表', ORIG, CHECK, '指定医疗机构评定'),
  m('M040', '家庭经济状况核对授权书', ORIG_E, CHECK, '窗口领取，家庭成员签字'),
  m('M041', '房屋租赁合同及租赁登记备案证明', COPY_E, ONE_COPY, SELF, {
    defaultCondition: '租住商品房的',
  }),
  m('M042', '购房合同或购房发票', COPY_E, ONE_COPY, SELF),
  m('M043', '退役证件', COPY_E, ONE_COPY, '退役军人事务部门核发'),
  m('M044', '机动车行驶证', COPY_E, ONE_COPY, E_LICENSE),
  m('M045', '机动车驾驶证', COPY_E, ONE_COPY, E_LICENSE),
  m('M046', '道路运输从业资格证', COPY_E, ONE_COPY, '交通运输部门核发'),
  m('M047', '入学（录取）通知书或在校证明', COPY_E, ONE_COPY, '学校出具'),
  m('M048', '病历及诊断证明', COPY_E, ONE_COPY, '就诊医疗机构出具'),
  m('M049', '医疗费用票据及费用明细清单', ORIG, CHECK, '就诊医疗机构出具'),
  m('M050', '工伤认定决定书', COPY_E, ONE_COPY, '人力资源社会保障部门出具'),
  m('M051', '安全生产管理制度及操作规程', ORIG_E, CHECK, SELF),
  m('M052', '安全生产事故应急预案', ORIG_E, CHECK, SELF),
  m('M053', '安全评价报告', ORIG_E, CHECK, '具备资质的安全评价机构出具'),
  m('M054', '主要负责人和安全管理人员安全培训合格证明', COPY_E, ONE_COPY, '应急管理部门考核发证'),
  m('M055', '办学章程、教学计划及师资情况', ORIG_E, CHECK, SELF),
  m('M056', '教师资格证书', COPY_E, ONE_COPY, '教育行政部门核发'),
  m('M057', '设施设备清单及安全检测报告', ORIG_E, CHECK, SELF),
  m('M058', '清税证明', COPY_E, ONE_COPY, '税务部门出具，可通过部门共享获取'),
  m('M059', '股东会决议或决定', ORIG_E, CHECK, SELF),
  m('M060', '清算报告', ORIG_E, CHECK, '清算组出具'),
  m('M061', '原证照正副本', ORIG, CHECK, '申请人持有', {
    defaultCondition: '办理变更、延续或注销且原证为纸质证照的',
  }),
  m('M062', '遗失声明或情况说明', ORIG_E, CHECK, SELF, { defaultCondition: '证件遗失的' }),
  m('M063', '信息网络安全审核意见及技术措施说明', ORIG_E, CHECK, '公安网安部门审核'),
  m('M064', '烟草专卖零售许可证申请登记表及场所照片', ORIG_E, CHECK, '烟草专卖局窗口领取'),
  m('M065', '犬只狂犬病免疫证明', COPY_E, ONE_COPY, '动物诊疗机构出具'),
  m('M066', '村（居）民委员会或社区出具的情况证明', ORIG, CHECK, '户籍地或居住地社区（村）出具'),
  m('M067', '经济困难证明或告知承诺书', ORIG_E, CHECK, '申请人签署告知承诺书即可'),
  m('M068', '施工方案及交通组织方案', ORIG_E, CHECK, '施工单位编制'),
  m('M069', '项目可行性研究报告或项目申请书', ORIG_E, CHECK, '申请人委托咨询单位编制'),
  m('M070', '用地批准文件或国有土地使用权出让合同', COPY_E, ONE_COPY, '自然资源部门核发'),
  m('M071', '建设工程设计方案及总平面图', ORIG_E, CHECK, '设计单位出具'),
  m('M072', '采购需求及论证材料', ORIG_E, CHECK, '采购人编制'),
  m('M073', '婚育情况声明', ORIG_E, CHECK, '在线填写，承诺代替证明'),
  m('M074', '居住证明（居住证或房屋产权、租赁证明）', COPY_E, ONE_COPY, SELF),
  m('M075', '户口迁移证明或准予迁入证明', ORIG_E, CHECK, '迁入地公安机关核发，可网上流转'),
  m('M076', '从业人员身份证明及资格证书名单', ORIG_E, CHECK, SELF),
  m('M077', '车辆技术等级评定及综合性能检测报告', COPY_E, ONE_COPY, '机动车检测机构出具'),
  m('M078', '健身场所安全保障制度及社会体育指导人员证书', ORIG_E, CHECK, SELF),
  m('M079', '预付卡发行备案信息表及资金存管协议', ORIG_E, CHECK, '与存管银行签订'),
  m('M080', '电子证件照回执', ELEC, { original: 0, copy: 0 }, '照相馆或自助设备拍摄后上传'),
];

const BY_CODE = new Map(MATERIAL_DICTIONARY.map((d) => [d.code, d]));

export function materialDefinition(code: string): MaterialDefinition {
  const def = BY_CODE.get(code);
  if (!def) {
    throw new Error(`unknown material ${code}`);
  }
  return def;
}

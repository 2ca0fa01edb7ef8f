export const itemStrings = {
  navTitle: '办事指南',
  notFound: '未找到该事项',
  notFoundDetail: (code: string) =>
    code
      ? `事项编码“${code}”不存在，或该事项已停止办理。您可以搜索事项名称，或回到办事页按部门查找。`
      : '没有指定要查看的事项。您可以搜索事项名称，或回到办事页按部门查找。',
  notFoundSearch: '搜索事项名称',
  backToServices: '返回办事',
  loadFailed: (message: string) => `办事指南加载失败：${message}`,
  retry: '重新加载',
  loading: '正在加载办事指南…',

  startChecklist: '开始自查材料',
  startChecklistHint: '逐项勾选已备好的材料，出门前就知道还缺什么',
  book: '预约办理',
  bookHint: '约好时间再去大厅，按时签到少排队',

  summary: '基本信息',
  department: '实施部门',
  type: '事项类型',
  audiences: '服务对象',
  audienceList: (audiences: readonly string[]) => audiences.join('、'),
  timeLimit: '办理时限',
  committed: '承诺时限',
  statutory: '法定时限',
  workingDays: (days: number) => (days === 0 ? '即办' : `${days}个工作日`),
  fees: '收费',
  free: '免费',
  feeLine: (name: string, amount: number, unit: string) => `${name}：${amount}${unit}`,
  feeBasis: (basis: string) => `收费依据：${basis}`,
  visits: '跑动次数',
  visitsText: (visits: number) =>
    visits === 0 ? '0 次（零跑腿）' : visits === 1 ? '最多跑 1 次' : `${visits} 次`,

  online: '网上办理',
  fullyOnline: '全程网办：可在网上提交并办结，无需到现场',
  preReview: '网上预审：可先在网上提交材料预审，通过后再到窗口办理',
  offlineOnly: '暂不支持网上办理，请到窗口办理',
  onlineUrl: '办理网址',
  copyLink: '复制网址',
  copyLinkLabel: (what: string) => `复制${what}链接`,
  linkCopied: '链接已复制，可粘贴到浏览器打开',

  conditions: '受理条件',
  noConditions: '无特别受理条件',

  materials: '申请材料',
  materialsCount: (required: number, conditional: number) =>
    conditional > 0
      ? `必需 ${required} 项，视情况 ${conditional} 项`
      : `共 ${required} 项，均为必需`,
  noMaterials: '无需提交材料',
  required: '必需',
  conditional: '视情况',
  condition: (condition: string) => `适用情形：${condition}`,
  conditionUnknown: '视具体情况提交，可向窗口咨询',
  notes: (notes: string) => `说明：${notes}`,
  source: (source: string) => `来源：${source}`,
  blankForm: '空白表格',
  sample: '填写样表',
  openForm: (what: string, material: string) => `打开${material}的${what}`,

  steps: '办理流程',
  stepActor: (actor: string) => `办理人：${actor}`,

  location: '办理地点',
  zone: '办理区域',
  window: '办理窗口',
  officeHours: '办公时间',
  phone: '咨询电话',
  call: '拨打',
  callLabel: (phone: string) => `拨打咨询电话 ${phone}`,

  faq: '常见问题',
  faqQuestionLabel: (question: string, expanded: boolean) =>
    `${question}，${expanded ? '已展开，点击收起' : '点击展开答案'}`,

  results: '办理结果',
  resultLine: (name: string, kind: string) => `${name}（${kind}）`,
  delivery: '送达方式',
  noResults: '无',

  legalBasis: '设定依据',
  expand: '展开',
  collapse: '收起',
  sectionToggleLabel: (title: string, expanded: boolean) =>
    `${title}，${expanded ? '已展开，点击收起' : '已收起，点击展开'}`,
  showAll: (count: number) => `展开全部 ${count} 项`,

  themes: '所属“一件事”',
  themesHint: '这些“一件事”把本事项和相关事项合并办理，材料只交一次',
  themeLine: (items: number, days: number) => `${items} 个事项合并办理 · 承诺 ${days} 个工作日`,
  themeLabel: (name: string) => `一件事一次办：${name}，点击查看`,
} as const;

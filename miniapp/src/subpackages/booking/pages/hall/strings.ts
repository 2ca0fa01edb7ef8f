/** User-facing strings of 预约名单 (hall staff). */
export const hallStrings = {
  title: '预约名单',
  districtHall: '市中区政务服务中心',
  staffOnly: '请先登录工作人员账号',
  loading: '正在加载…',
  retry: '重新加载',
  checkInTitle: '预约签到',
  checkInHint: '输入市民出示的签到码（不分大小写，可含空格）',
  codeLabel: '签到码',
  codePlaceholder: '如 CS5L W4UN',
  codeEmpty: '请输入签到码',
  checkIn: '签到',
  checkingIn: '正在签到…',
  checkedIn: (name: string, time: string, category: string) =>
    `已签到：${name}，${time} ${category}`,
  previousDay: '前一天',
  nextDay: '后一天',
  todayLabel: (day: string) => `${day}（今天）`,
  categoryFilter: '业务类别',
  allCategories: '全部',
  counts: (c: {
    total: number;
    booked: number;
    checkedIn: number;
    noShow: number;
    cancelled: number;
  }) =>
    `共${c.total}人：待签到${c.booked}，已签到${c.checkedIn}，未到${c.noShow}；已取消${c.cancelled}`,
  empty: '这一天没有预约',
  codeShown: (code: string) => `签到码 ${code}`,
} as const;

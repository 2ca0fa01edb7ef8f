export const visitStrings = {
  navTitle: '预约取号',
  title: '预约取号',
  booking: '预约办事',
  bookingHint: '选择事项和时间，到大厅少排队',
  ticket: '在线取号',
  ticketHint: '到达大厅附近时取号，实时查看排队进度',
  comingSoonNote: '即将上线',
  myAppointments: '我的预约',
  myAppointmentsHint: '查看、取消预约，签到码',
  myTickets: '我的排队',
  myTicketsHint: '排队进度、叫号窗口，取消或重新排队',
} as const;

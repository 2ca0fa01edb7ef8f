export default definePageConfig({
  navigationBarTitleText: '材料自查清单',
  // The 分享清单 button (openType="share") and the menu's 转发 send a share card of this list.
  enableShareAppMessage: true,
});

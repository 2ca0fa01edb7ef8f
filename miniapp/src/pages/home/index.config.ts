export default definePageConfig({
  navigationBarTitleText: '市中好办事',
  enablePullDownRefresh: true,
});

export default definePageConfig({
  navigationBarTitleText: '已存清单',
});

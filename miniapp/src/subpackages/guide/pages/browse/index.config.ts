export default definePageConfig({
  navigationBarTitleText: '事项列表',
});

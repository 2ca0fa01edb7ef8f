export default defineAppConfig({
  pages: ['pages/home/index', 'pages/services/index', 'pages/visit/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'subpackages/guide',
      pages: [
        'pages/item/index',
        'pages/browse/index',
        'pages/theme/index',
        'pages/checklist/index',
      ],
    },
    {
      root: 'subpackages/search',
      pages: ['pages/index/index'],
    },
    {
      root: 'subpackages/account',
      pages: ['pages/real-name/index', 'pages/family/index', 'pages/checklists/index'],
    },
    {
      root: 'subpackages/booking',
      pages: ['pages/book/index', 'pages/done/index', 'pages/mine/index', 'pages/hall/index'],
    },
    {
      root: 'subpackages/staff',
      pages: [
        'pages/login/index',
        'pages/home/index',
        'pages/check-in-qr/index',
        'pages/window-console/index',
      ],
    },
    {
      root: 'subpackages/queue',
      pages: ['pages/take/index', 'pages/ticket/index', 'pages/board/index'],
    },
  ],
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['subpackages/guide', 'subpackages/search'] },
    'pages/services/index': { network: 'all', packages: ['subpackages/search'] },
    'pages/visit/index': { network: 'all', packages: ['subpackages/queue'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#1759c4',
    navigationBarTitleText: '市中好办事',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f5f8',
  },
  tabBar: {
    color: '#4a5363',
    selectedColor: '#1759c4',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/services/index',
        text: '办事',
        iconPath: 'assets/tab/services.png',
        selectedIconPath: 'assets/tab/services-active.png',
      },
      {
        pagePath: 'pages/visit/index',
        text: '预约取号',
        iconPath: 'assets/tab/visit.png',
        selectedIconPath: 'assets/tab/visit-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  // 远程取号 asks for the location once (Taro.getLocation), after the citizen taps it.
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '确认您在大厅附近，用于远程取号' },
  },
});

// Main package: the role-aware entry, login and the farmer's own page. Inspector and
// street roles get their own subpackages so the main package stays small.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index', 'pages/farmer/my-house/index'],
  subPackages: [
    { root: 'inspector', pages: ['pages/households/index', 'pages/household/index'] },
    { root: 'street', pages: ['pages/households/index', 'pages/household/index', 'pages/overview/index'] },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['inspector', 'street'] },
  },
  window: {
    navigationBarTitleText: '安居哨',
    navigationBarBackgroundColor: '#1f5fa8',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
    backgroundTextStyle: 'dark',
  },
  lazyCodeLoading: 'requiredComponents',
})

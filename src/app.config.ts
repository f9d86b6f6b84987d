// Main package: the role-aware entry, login and the farmer's own page. Inspector and
// street roles get their own subpackages so the main package stays small.
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/login/index',
    'pages/farmer/my-house/index',
    'pages/farmer/self-check/index',
    'pages/farmer/my-reports/index',
  ],
  subPackages: [
    {
      root: 'inspector',
      pages: [
        'pages/households/index',
        'pages/household/index',
        'pages/home/index',
        'pages/plan/index',
        'pages/patrol/index',
        'pages/house/index',
        'pages/tasks/index',
        'pages/monthly/index',
        'pages/sync/index',
        'pages/cases/index',
        'pages/case/index',
      ],
    },
    {
      root: 'street',
      pages: [
        'pages/households/index',
        'pages/household/index',
        'pages/overview/index',
        'pages/home/index',
        'pages/imports/index',
        'pages/import-new/index',
        'pages/import/index',
        'pages/tasks/index',
        'pages/sample/index',
        'pages/coverage/index',
        'pages/invites/index',
        'pages/cases/index',
        'pages/case/index',
        'pages/critical/index',
        'pages/appraisal/index',
      ],
    },
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
  // The patrol form records where the inspector stood (and stamps it on the photos).
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '记录巡查和自查时所在的位置，用于核对是否在房屋现场' },
  },
})

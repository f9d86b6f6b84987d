// Main package: the role-aware entry, login and the farmer's own page. Inspector and
// street roles get their own subpackages so the main package stays small.
import { palette } from './styles/theme'

export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/login/index',
    'pages/farmer/my-house/index',
    'pages/farmer/self-check/index',
    'pages/farmer/my-reports/index',
    'pages/inbox/index',
    'pages/notify/index',
    'pages/privacy/index',
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
        'pages/house-register/index',
        'pages/house-edit/index',
        'pages/tasks/index',
        'pages/monthly/index',
        'pages/sync/index',
        'pages/cases/index',
        'pages/case/index',
        'pages/emergency/index',
        'pages/disasters/index',
        'pages/disaster/index',
        'pages/disaster-report/index',
        'pages/disaster-declare/index',
      ],
    },
    {
      root: 'street',
      pages: [
        'pages/households/index',
        'pages/household/index',
        'pages/house-edit/index',
        'pages/overview/index',
        'pages/home/index',
        'pages/imports/index',
        'pages/import-new/index',
        'pages/import/index',
        'pages/tasks/index',
        'pages/sample/index',
        'pages/coverage/index',
        'pages/invites/index',
        'pages/people/index',
        'pages/cases/index',
        'pages/case/index',
        'pages/critical/index',
        'pages/appraisal/index',
        'pages/dashboard/index',
        'pages/map/index',
        'pages/alerts/index',
        'pages/alert-issue/index',
        'pages/alert-rules/index',
        'pages/shelters/index',
        'pages/renovation-plan/index',
        'pages/housing/index',
        'pages/appraisal-reviews/index',
        'pages/campaign/index',
        'pages/disasters/index',
        'pages/disaster/index',
        'pages/disaster-declare/index',
        'pages/reports/index',
        'pages/system-status/index',
        'pages/overdue/index',
        'pages/audit/index',
        'pages/district/index',
        'pages/district-street/index',
        'pages/district-reports/index',
      ],
    },
  ],
  // No preloadRule: the entry page sends each person to his role's home, which downloads
  // that role's subpackage only; a farmer never downloads the street's 800 KB of screens.
  window: {
    navigationBarTitleText: '安居哨',
    navigationBarBackgroundColor: palette.primary,
    navigationBarTextStyle: 'white',
    backgroundColor: palette.bg,
    backgroundTextStyle: 'dark',
  },
  // h5 only: no sliding between pages. With the slide, Taro's router hides the page left
  // behind 350 ms after leaving it, and showing it again (300 ms after a back) does not cancel
  // that: a quick back (a small list shows at once) showed the page, then hid it, and every
  // page stayed blank. Without the slide both happen at once, in order.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  lazyCodeLoading: 'requiredComponents',
  // Privacy-gated APIs wait for the agreement on our own notice (src/services/privacy.ts).
  __usePrivacyCheck__: true,
  // Patrols record where the inspector stood; every evidence photo (patrol, self-check,
  // case, disaster report) carries the position in its stamp.
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '记录巡查、自查和拍现场照片时的位置，用于核对是否在房屋现场' },
  },
})

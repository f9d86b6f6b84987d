export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '人员与权限' })

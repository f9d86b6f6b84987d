export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '逾期与问责' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '案件详情' })

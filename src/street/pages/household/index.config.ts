export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '农户详情' })

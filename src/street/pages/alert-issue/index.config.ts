export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '发布预警' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '巡查工作台' })

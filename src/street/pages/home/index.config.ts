export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '街道工作台' })

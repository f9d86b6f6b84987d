export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '隐患案件' })

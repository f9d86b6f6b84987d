export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '任务' })

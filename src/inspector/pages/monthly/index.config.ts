export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '月度统计' })

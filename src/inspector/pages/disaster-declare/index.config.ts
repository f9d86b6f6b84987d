export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '发生灾情' })

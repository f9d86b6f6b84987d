export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '季度报表收件箱' })

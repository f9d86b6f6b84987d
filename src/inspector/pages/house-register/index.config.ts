export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '登记房屋' })

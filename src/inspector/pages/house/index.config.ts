export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '房屋' })

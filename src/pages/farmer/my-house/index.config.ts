export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '我家的房屋' })

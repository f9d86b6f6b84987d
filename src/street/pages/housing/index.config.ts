export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '安置房源' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '本月巡查' })

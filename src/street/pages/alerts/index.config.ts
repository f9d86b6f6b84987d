export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '预警与应急巡查' })

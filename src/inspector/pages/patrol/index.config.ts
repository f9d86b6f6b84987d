export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '巡查记录' })

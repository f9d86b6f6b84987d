export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '灾损上报' })

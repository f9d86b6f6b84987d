export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '灾情上报' })

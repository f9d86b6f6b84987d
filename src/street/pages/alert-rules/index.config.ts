export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '预警规则' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '待同步' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '巡查覆盖' })

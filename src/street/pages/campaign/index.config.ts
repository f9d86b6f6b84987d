export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '应急巡查进度' })

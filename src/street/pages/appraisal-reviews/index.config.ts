export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '鉴定复核' })

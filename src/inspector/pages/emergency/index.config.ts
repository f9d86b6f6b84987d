export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '应急与灾情' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '安居哨' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '上报受损房屋' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '危房改造计划' })

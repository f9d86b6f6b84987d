export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '季度预警数据' })

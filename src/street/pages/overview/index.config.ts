export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '全街道总览' })

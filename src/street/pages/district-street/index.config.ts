export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '街道数据' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '一张图' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '有人居住的危房' })

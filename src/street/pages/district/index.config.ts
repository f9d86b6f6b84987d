export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '区住建局' })

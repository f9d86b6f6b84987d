export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '名单导入' })

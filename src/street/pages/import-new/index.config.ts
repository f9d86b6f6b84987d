export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '导入新名单' })

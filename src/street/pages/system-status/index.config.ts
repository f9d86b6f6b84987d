export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '系统状态' })

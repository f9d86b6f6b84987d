export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '邀请工作人员' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '修改房屋信息' })

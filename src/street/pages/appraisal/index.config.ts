export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '房屋安全性鉴定' })

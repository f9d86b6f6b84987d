export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '全街道监测户' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '本村监测户' })

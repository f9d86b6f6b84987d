export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '随机抽查' })

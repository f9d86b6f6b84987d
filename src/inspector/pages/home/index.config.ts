export default definePageConfig({ navigationBarTitleText: '巡查工作台' })

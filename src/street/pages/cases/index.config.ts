export default definePageConfig({ navigationBarTitleText: '隐患案件' })

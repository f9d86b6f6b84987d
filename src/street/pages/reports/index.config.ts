export default definePageConfig({ navigationBarTitleText: '季度预警数据' })

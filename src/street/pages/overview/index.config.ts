export default definePageConfig({ navigationBarTitleText: '全街道总览' })

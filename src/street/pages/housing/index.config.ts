export default definePageConfig({ navigationBarTitleText: '安置房源' })

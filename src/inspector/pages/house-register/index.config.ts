export default definePageConfig({ navigationBarTitleText: '登记房屋' })

export default definePageConfig({ navigationBarTitleText: '我家的房屋' })

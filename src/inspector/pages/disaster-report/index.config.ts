export default definePageConfig({ navigationBarTitleText: '上报受损房屋' })

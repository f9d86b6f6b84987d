export default definePageConfig({ navigationBarTitleText: '街道数据' })

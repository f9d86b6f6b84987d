export default definePageConfig({ navigationBarTitleText: '灾损上报' })

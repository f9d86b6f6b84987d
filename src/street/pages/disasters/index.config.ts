export default definePageConfig({ navigationBarTitleText: '灾情上报' })

export default definePageConfig({ navigationBarTitleText: '全街道监测户' })

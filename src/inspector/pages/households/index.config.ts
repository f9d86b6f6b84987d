export default definePageConfig({ navigationBarTitleText: '本村监测户' })

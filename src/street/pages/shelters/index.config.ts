export default definePageConfig({ navigationBarTitleText: '安置点' })

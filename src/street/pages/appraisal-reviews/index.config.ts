export default definePageConfig({ navigationBarTitleText: '鉴定复核' })

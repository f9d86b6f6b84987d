export default definePageConfig({ navigationBarTitleText: '应急巡查进度' })

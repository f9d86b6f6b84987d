export default definePageConfig({ navigationBarTitleText: '本月巡查' })

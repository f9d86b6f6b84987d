export default definePageConfig({ navigationBarTitleText: '预警与应急巡查' })

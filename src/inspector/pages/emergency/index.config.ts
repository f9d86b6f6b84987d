export default definePageConfig({ navigationBarTitleText: '应急与灾情' })

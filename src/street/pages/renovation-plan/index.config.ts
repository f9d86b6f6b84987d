export default definePageConfig({ navigationBarTitleText: '危房改造计划' })

export default definePageConfig({ navigationBarTitleText: '逾期与问责' })

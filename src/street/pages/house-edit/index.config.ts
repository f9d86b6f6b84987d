export default definePageConfig({ navigationBarTitleText: '修改房屋信息' })

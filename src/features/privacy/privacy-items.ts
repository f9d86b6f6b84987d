// What the app collects and why: the same entries the 用户隐私保护指引 on the WeChat admin
// console declares (DEPLOY.md lists them), shown to the person before first use.
export const PRIVACY_ITEMS: ReadonlyArray<{ what: string; why: string }> = [
  { what: '📍 位置信息', why: '巡查、自查和拍现场照片时记录您在哪里，用来核对是在房屋现场拍的、找到房屋的位置。' },
  { what: '📷 相机和相册', why: '拍房屋的照片（裂缝、倾斜、受灾情况），照片上会加上时间、地点和拍摄人。' },
  { what: '📄 文件', why: '街道工作人员从聊天记录里选择部门发来的名单表格导入，或查看导出的报表。' },
  { what: '🪪 姓名和身份证号', why: '农户绑定时核对是不是本户（只填身份证最后 6 位）；名单中的身份证号用于查重。' },
  { what: '📞 手机号', why: '名单里登记的联系电话，方便村里和街道联系您。' },
]

/** Words of signing in: the first start, the sign-in and forced-change screens, the header's account, the idle lock, and screens a role may not use. */
export const uiSession = {
  'ui.session.checking': '正在确认登录…',
  'ui.session.roleIn': '{role}（{departments}）',

  'ui.setup.title': '首次启动',
  'ui.setup.lead': '本数据库还没有任何账号。请先创建首个系统管理员：由它开设账号，并创建安全保密管理员和安全审计员。',
  'ui.setup.hasData': '这个数据库来自较早的版本：其中已有的考核数据保持不变。创建系统管理员的操作将记入审计日志。',
  'ui.setup.name': '系统管理员账号名',
  'ui.setup.nameHelp': '2–50 个字符，可用汉字、字母、数字和 . _ -',
  'ui.setup.create': '创建系统管理员',

  'ui.signIn.title': '登录',
  'ui.signIn.name': '账号',
  'ui.signIn.password': '密码',
  'ui.signIn.submit': '登录',
  'ui.signIn.signedOut': '已退出登录。',
  'ui.signIn.idleLocked': '已连续 {minutes} 分钟无操作，窗口已锁定并退出登录。请重新输入密码。',

  'ui.password.rules': '本单位的密码要求',
  'ui.password.ruleLength': '至少 {n} 个字符',
  'ui.password.ruleClasses': '包含小写字母、大写字母、数字、其他符号中的至少 {n} 类',
  'ui.password.ruleName': '不能包含账号名',
  'ui.password.ruleUnchanged': '不能与原密码相同',
  'ui.password.password': '密码',
  'ui.password.passwordAgain': '再次输入密码',
  'ui.password.old': '原密码',
  'ui.password.new': '新密码',
  'ui.password.newAgain': '再次输入新密码',
  'ui.password.mismatch': '两次输入的密码不一致。',
  'ui.password.change': '修改密码',
  'ui.password.changed': '密码已修改；在别处用原密码打开的登录已结束。',

  'ui.forced.title': '修改初始密码',
  'ui.forced.lead': '账号“{name}”正在使用初始密码。请先设置自己的新密码，才能进入系统。',

  'ui.header.changePassword': '修改密码',
  'ui.header.signOut': '退出登录',

  'ui.access.deniedTitle': '无权访问',
  'ui.access.denied': '当前账号的角色（{roles}）不能使用“{screen}”。',
  'ui.access.none': '当前账号的角色（{roles}）没有可以使用的页面。如需开展工作，请联系安全保密管理员授予角色。',
  'ui.access.goLanding': '前往“{screen}”',
} as const

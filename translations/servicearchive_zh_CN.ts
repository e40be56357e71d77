<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>The archive file to open (created when missing).</source>
        <translation>要打开的档案库文件（不存在时新建）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>ServiceArchive: the customer service archive.

Commands:
  demo    fill an archive with realistic demo customers (demo --help)</source>
        <translation>服务档案：客户服务档案管理。

命令：
  demo    向档案库填充逼真的演示客户（demo --help）</translation>
    </message>
    <message>
        <source>service-archive: %1 (try --help)</source>
        <translation>service-archive：%1（可用 --help 查看帮助）</translation>
    </message>
    <message>
        <source>service-archive: unknown command &apos;%1&apos; (try --help)</source>
        <translation>service-archive：未知命令“%1”（可用 --help 查看帮助）</translation>
    </message>
    <message>
        <source>Fills an archive with N realistic, deterministic demo customers.</source>
        <translation>向档案库填充 N 个逼真且可复现的演示客户。</translation>
    </message>
    <message>
        <source>How many customers to add.</source>
        <translation>要添加的客户数量。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same customers.</source>
        <translation>随机种子：相同的种子生成相同的客户。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>service-archive demo: %1</source>
        <translation>service-archive demo：%1</translation>
    </message>
    <message>
        <source>service-archive demo: --archive FILE is required.</source>
        <translation>service-archive demo：必须指定 --archive 文件。</translation>
    </message>
    <message>
        <source>service-archive demo: --customers needs a whole number from 1 to 100000000.</source>
        <translation>service-archive demo：--customers 需要 1 到 100000000 之间的整数。</translation>
    </message>
    <message>
        <source>service-archive demo: --seed needs a whole number.</source>
        <translation>service-archive demo：--seed 需要一个整数。</translation>
    </message>
    <message>
        <source>Added %1 demo customers to %2 in %3 s.</source>
        <translation>已向 %2 添加 %1 个演示客户，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Sign in as this user; the password comes from the SERVICEARCHIVE_PASSWORD variable or standard input.</source>
        <translation>以此用户登录；密码取自环境变量 SERVICEARCHIVE_PASSWORD 或标准输入。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>The archive had no users; these accounts were created (the passwords are shown only now):</source>
        <translation>档案库中还没有用户，已创建以下账户（密码只显示这一次）：</translation>
    </message>
    <message>
        <source>this archive has users: sign in with --user NAME (the password from SERVICEARCHIVE_PASSWORD or standard input).</source>
        <translation>该档案库已有用户：请用 --user 用户名 登录（密码取自 SERVICEARCHIVE_PASSWORD 或标准输入）。</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>(assigned on save)</source>
        <translation>（保存时自动分配）</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>e.g. 1990-05-17</source>
        <translation>例如 1990-05-17</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e.g. wang.fang@example.com</source>
        <translation>例如 wang.fang@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>朋友推荐</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Online marketplace</source>
        <translation>电商平台</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. VIP, 会员</source>
        <translation>多个标签用逗号分隔，例如 VIP, 会员</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes and consent</source>
        <translation>备注与授权</translation>
    </message>
    <message>
        <source>Preferences and notes</source>
        <translation>偏好与备注</translation>
    </message>
    <message>
        <source>Agrees to receive marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <source>today when left empty</source>
        <translation>留空则为今天</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <source>Verified now</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Record that the customer confirmed these details just now</source>
        <translation>记录客户刚刚确认了这些信息</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>保存客户档案（Ctrl+S）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Throw away unsaved changes (Esc)</source>
        <translation>放弃未保存的修改（Esc）</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未核实</translation>
    </message>
    <message>
        <source>Created by %1 on %2 · last changed by %3 on %4</source>
        <translation>由 %1 创建于 %2 · 最后由 %3 修改于 %4</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Bring this customer back to the active list</source>
        <translation>将该客户恢复到活跃客户列表</translation>
    </message>
    <message>
        <source>Move this customer out of the active list (it can be restored)</source>
        <translation>将该客户移出活跃客户列表（可恢复）</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 1990-05-17.</source>
        <translation>请按“年-月-日”输入日期，例如 1990-05-17。</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2026-11-23.</source>
        <translation>请按“年-月-日”输入日期，例如 2026-11-23。</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高价值</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中价值</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低价值</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message>
        <source>Search name, phone, email, company or code (Ctrl+F)</source>
        <translation>搜索姓名、电话、邮箱、公司或客户编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>All lifecycles</source>
        <translation>全部客户类型</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Show archived customers instead of active ones</source>
        <translation>显示已归档的客户（而非活跃客户）</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message numerus="yes">
        <source>%n archived customer(s)</source>
        <translation>
            <numerusform>%n 位已归档客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>找到 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No archived customers.</source>
        <translation>没有已归档的客户。</translation>
    </message>
    <message>
        <source>No customer matches “%1”.
Check the spelling, try the last four digits of the phone number, or create a new customer.</source>
        <translation>没有与“%1”匹配的客户。
请检查拼写，试试电话号码的后四位，或新建客户。</translation>
    </message>
    <message>
        <source>This archive has no customers yet.
Create the first customer profile to start keeping the service history.</source>
        <translation>档案库中还没有客户。
新建第一份客户档案，开始记录服务历史。</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>This customer was changed by %1 at %2 after you opened it. Nothing was saved: reload the profile to see their changes, then make yours again.</source>
        <translation>在您打开之后，%1 于 %2 修改了该客户。您的修改没有保存：请重新载入档案查看对方的修改，然后再重新修改。</translation>
    </message>
    <message>
        <source>This customer has not been saved yet.</source>
        <translation>该客户尚未保存。</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>邮箱 %1</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>Enter the organization&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>This is not a valid email address (for example wang.fang@example.com).</source>
        <translation>邮箱地址无效（例如 wang.fang@example.com）。</translation>
    </message>
    <message>
        <source>The birthday cannot be in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <source>The birthday cannot be before 1900.</source>
        <translation>生日不能早于 1900 年。</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>授权日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>有字段超过了 %1 个字符。</translation>
    </message>
    <message>
        <source>An address has at most %1 characters.</source>
        <translation>地址最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>This number is already listed above.</source>
        <translation>该号码已在上面列出。</translation>
    </message>
    <message>
        <source>Only one phone number can be the primary one.</source>
        <translation>只能有一个主要电话。</translation>
    </message>
    <message>
        <source>A tag has at most 40 characters.</source>
        <translation>每个标签最多 40 个字符。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>有 %n 个字段需要修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerWorkspace</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The profile has unsaved changes.</source>
        <translation>客户档案有未保存的修改。</translation>
    </message>
    <message>
        <source>The profile of %1 has unsaved changes.</source>
        <translation>%1 的客户档案有未保存的修改。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>New customer: fill in the profile and press Ctrl+S.</source>
        <translation>新建客户：填写客户档案后按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>Cannot open customer</source>
        <translation>无法打开客户</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>未保存：请修改标出的字段。</translation>
    </message>
    <message>
        <source>%1 %2 — same %3</source>
        <translation>%1 %2 —— 相同的%3</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <source>Another customer already has this phone number or email:</source>
        <translation>已有其他客户使用了这个电话号码或邮箱：</translation>
    </message>
    <message>
        <source>Open that customer</source>
        <translation>打开该客户</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved new customer %1 (%2).</source>
        <translation>已保存新客户 %1（%2）。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Throw away the changes you made to this profile?</source>
        <translation>要放弃对该客户档案所做的修改吗？</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation>已撤销修改。</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Archive %1 (%2)? The profile leaves the active list and can be restored from the archived list.</source>
        <translation>要归档 %1（%2）吗？该客户档案将移出活跃列表，之后可在已归档列表中恢复。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>%1 archived.</source>
        <translation>已归档 %1。</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>已恢复 %1。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The archive reported an error: %1</source>
        <translation>档案库报告错误：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a service archive. It was left unchanged.</source>
        <translation>%1 是空文件，不是服务档案库。文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is not a service archive. It was left unchanged.</source>
        <translation>%1 不是服务档案库。文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a service archive. It was left unchanged.</source>
        <translation>%1 是其他程序的数据库，不是服务档案库。文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ServiceArchive (archive format %2; this version reads up to %3). Please update the application. The archive was left unchanged.</source>
        <translation>%1 由更新版本的服务档案写入（档案库格式 %2，本版本最高支持 %3）。请升级应用程序。档案库未做任何改动。</translation>
    </message>
    <message>
        <source>The archive %1 cannot be created: %2</source>
        <translation>无法创建档案库 %1：%2</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>档案库 %1 不存在。</translation>
    </message>
    <message>
        <source>The archive %1 has not been prepared for this version.</source>
        <translation>档案库 %1 尚未升级到本版本的格式。</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>无法打开档案库 %1：%2</translation>
    </message>
    <message>
        <source>The archive %1 cannot use write-ahead logging (journal mode is %2).</source>
        <translation>档案库 %1 无法使用预写日志（当前日志模式为 %2）。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation>客户数量不能为负数。</translation>
    </message>
    <message>
        <source>The archive cannot hold that many customers.</source>
        <translation>档案库无法容纳这么多客户。</translation>
    </message>
    <message>
        <source>Cancelled; the archive is unchanged.</source>
        <translation>已取消，档案库未做任何改动。</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>New archive — ServiceArchive</source>
        <translation>新建档案库 — 服务档案</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a new archive. Create its administrator: the account that adds the front desk and supervisor accounts. Keep the password safe; there is no default password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 是一个新的档案库。请创建它的管理员账户，由该账户添加前台和主管账户。请妥善保管密码；系统没有默认密码。</translation>
    </message>
    <message>
        <source>I also work at the front desk and as supervisor</source>
        <translation>我同时担任前台和主管</translation>
    </message>
    <message>
        <source>For a small business where one person does everything. Untick it to keep this account for administration only.</source>
        <translation>适用于一人兼任所有工作的小型企业。取消勾选则该账户仅用于系统管理。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>IdListReader</name>
    <message>
        <source>The search was cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1[*] — ServiceArchive</source>
        <translation>%1[*] — 服务档案管理</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New archive…</source>
        <translation>新建档案库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>打开档案库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation>撤销修改(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive or restore</source>
        <translation>归档或恢复(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ServiceArchive</source>
        <translation>关于服务档案(&amp;A)</translation>
    </message>
    <message>
        <source>Service archives (*.sqlite);;All files (*)</source>
        <translation>服务档案库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>新建档案库</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>打开档案库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File &gt; Open archive.</source>
        <translation>%1 已存在。请换一个文件名，或通过“文件 &gt; 打开档案库”打开它。</translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation>无法打开档案库</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>About ServiceArchive</source>
        <translation>关于服务档案</translation>
    </message>
    <message>
        <source>&lt;b&gt;ServiceArchive %1&lt;/b&gt;&lt;br&gt;Customer service archive: profiles, service history, complaints and return visits, kept in one local archive.&lt;br&gt;&lt;br&gt;Qt %2 · SQLite</source>
        <translation>&lt;b&gt;服务档案 %1&lt;/b&gt;&lt;br&gt;客户服务档案管理：客户档案、服务历史、投诉与回访，统一保存在本地档案库中。&lt;br&gt;&lt;br&gt;Qt %2 · SQLite</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the archive to format %1 failed: %2</source>
        <translation>将档案库升级到格式 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library could not start.</source>
        <translation>密码组件无法启动。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation>内存不足，无法加密保存密码；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码中不能包含用户名。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>%1 may not %2. Ask an administrator if this is part of your work.</source>
        <translation>%1 无权%2。如果这属于您的工作，请联系管理员。</translation>
    </message>
    <message>
        <source>view customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>create records</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>edit records</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>archive or restore customers</source>
        <translation>归档或恢复客户</translation>
    </message>
    <message>
        <source>erase a customer&apos;s personal data</source>
        <translation>删除客户个人信息</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>see full phone and ID numbers</source>
        <translation>查看完整的电话和证件号码</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>PhoneListEditor</name>
    <message>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>删除这个电话号码</translation>
    </message>
    <message>
        <source>138 1234 5678, 010-62345678 or +1 415 555 2671</source>
        <translation>138 1234 5678、010-62345678 或 +1 415 555 2671</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, &apos;-&apos;, &apos;(&apos; &apos;)&apos; and a leading &apos;+&apos;.</source>
        <translation>电话号码只能包含数字、空格、“-”、括号和开头的“+”。</translation>
    </message>
    <message>
        <source>An international number has 7 to 15 digits after the &apos;+&apos; (for example +1 415 555 2671).</source>
        <translation>国际号码在“+”之后有 7 到 15 位数字（例如 +1 415 555 2671）。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19 (for example 138 1234 5678).</source>
        <translation>手机号码为 11 位，以 13 至 19 开头（例如 138 1234 5678）。</translation>
    </message>
    <message>
        <source>A mobile number has no extension.</source>
        <translation>手机号码没有分机号。</translation>
    </message>
    <message>
        <source>The area code %1 is not valid: it is 010, 02x or four digits such as 0755.</source>
        <translation>区号 %1 无效：区号应为 010、02x 或 0755 这样的四位数。</translation>
    </message>
    <message>
        <source>After the area code a landline number has %1 to 8 digits, not starting with 0 or 1.</source>
        <translation>固定电话在区号之后有 %1 到 8 位数字，且不以 0 或 1 开头。</translation>
    </message>
    <message>
        <source>An extension has at most 6 digits.</source>
        <translation>分机号最多 6 位。</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation> 转 %1</translation>
    </message>
    <message>
        <source>A landline number needs its area code (for example 010-62345678 or 0755-2345678-89).</source>
        <translation>固定电话需要区号（例如 010-62345678 或 0755-2345678-89）。</translation>
    </message>
    <message>
        <source>Write a landline number as area code, number and optional extension (for example 0755-2345678-89).</source>
        <translation>固定电话请按“区号-号码-分机号（可选）”填写（例如 0755-2345678-89）。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — ServiceArchive</source>
        <translation>登录 — 服务档案</translation>
    </message>
    <message>
        <source>Sign in to the archive &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>登录档案库 &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Locked — ServiceArchive</source>
        <translation>已锁定 — 服务档案</translation>
    </message>
    <message>
        <source>The window was locked after a while without use. %1, enter your password to go on where you left off.</source>
        <translation>窗口在一段时间无操作后已锁定。%1，请输入密码，从离开的地方继续。</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Cannot open archive</source>
        <translation>无法打开档案库</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>A user name has 2 to 40 letters, digits or . _ @ -</source>
        <translation>用户名由 2 到 40 个字母、数字或 . _ @ - 组成</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入使用者的姓名。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <source>This archive already has users; sign in as an administrator to add more.</source>
        <translation>该档案库已有用户；请以管理员身份登录后再添加。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator.</source>
        <translation>账户 %1 已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account %1 is locked until %2.</source>
        <translation>密码错误次数过多：账户 %1 已锁定至 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: the account %1 is locked for %n minute(s).</source>
        <translation>
            <numerusform>密码错误次数过多：账户 %1 已锁定 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The last administrator cannot be disabled.</source>
        <translation>不能停用最后一位管理员。</translation>
    </message>
    <message>
        <source>The last administrator keeps the admin role.</source>
        <translation>最后一位管理员必须保留管理员角色。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open archive</source>
        <translation>无法打开档案库</translation>
    </message>
</context>
</TS>

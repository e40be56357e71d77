<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchiveAddress</name>
    <message>
        <source>No archive was given.</source>
        <translation>未指定档案库。</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address: %2</source>
        <translation>%1 不是有效的 PostgreSQL 地址：%2</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing ]</source>
        <translation>IPv6 地址缺少结尾的 ]</translation>
    </message>
    <message>
        <source>the port %1 is not a number from 1 to 65535</source>
        <translation>端口 %1 不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>the parameter %1 has no value</source>
        <translation>参数 %1 没有值</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>ArchiveCheck</name>
    <message>
        <source>The archive is not open.</source>
        <translation>档案库未打开。</translation>
    </message>
    <message>
        <source>The structure of the archive file could not be checked: %1</source>
        <translation>无法检查档案库文件的结构：%1</translation>
    </message>
    <message>
        <source>The archive file is damaged: %1</source>
        <translation>档案库文件已损坏：%1</translation>
    </message>
    <message>
        <source>The links between records could not be checked: %1</source>
        <translation>无法检查记录之间的关联：%1</translation>
    </message>
    <message>
        <source>A row of table %1 refers to a row of table %2 that does not exist.</source>
        <translation>表 %1 中有一行引用了表 %2 中不存在的行。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a row of table %3 that does not exist.</source>
        <translation>表 %2 中编号为 %1 的行引用了表 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>无法检查审计日志：%1</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: that entry was changed or deleted outside the application.</source>
        <translation>审计日志在第 %1 条记录处中断：该记录已在本程序之外被修改或删除。</translation>
    </message>
</context>
<context>
    <name>ArchiveCopy</name>
    <message>
        <source>The copied audit trail does not verify (entry %1); nothing was copied.</source>
        <translation>复制后的审计日志校验未通过（第 %1 条记录）；未复制任何内容。</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>复制已取消；未复制任何内容。</translation>
    </message>
    <message>
        <source>An archive cannot be copied onto itself.</source>
        <translation>不能将档案库复制到它自身。</translation>
    </message>
    <message>
        <source>%1 exists already. Copy only into a new file or an empty schema.</source>
        <translation>%1 已存在。只能复制到新文件或空模式（schema）中。</translation>
    </message>
    <message>
        <source>The copy could not be renamed to %1.</source>
        <translation>无法将副本改名为 %1。</translation>
    </message>
    <message>
        <source>The destination %1 already holds an archive (%2 rows in the table %3). Copy only into a new file or an empty schema.</source>
        <translation>目标 %1 中已有档案库（表 %3 中有 %2 行）。只能复制到新文件或空模式（schema）中。</translation>
    </message>
    <message>
        <source>The copy of the table %1 holds %2 rows instead of %3; nothing was copied.</source>
        <translation>表 %1 的副本有 %2 行，而不是 %3 行；未复制任何内容。</translation>
    </message>
</context>
<context>
    <name>ArchiveOpener</name>
    <message>
        <source>No password was given for %1.</source>
        <translation>未提供 %1 的密码。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign complaints</source>
        <translation>分配投诉</translation>
    </message>
    <message numerus="yes">
        <source>Hand %n complaint(s) to:</source>
        <translation>
            <numerusform>将 %n 条投诉分配给：</numerusform>
        </translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Handler</source>
        <translation>处理人(&amp;H)</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>已修改密码</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>已重置密码</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>已修改角色</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Audit log — ServiceArchive</source>
        <translation>审计日志 — 服务档案</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>更早的记录</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>已显示 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>the archive file, as in backups</comment>
        <translation>档案库</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>交互记录</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation>选项列表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Stage moved</source>
        <translation>已变更阶段</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>No file can be created in %1: %2</source>
        <translation>无法在 %1 中创建文件：%2</translation>
    </message>
    <message>
        <source>%1 could not be written to the disk: %2</source>
        <translation>无法将 %1 写入磁盘：%2</translation>
    </message>
    <message>
        <source>The folder %1 could not be written to the disk: %2</source>
        <translation>无法将文件夹 %1 写入磁盘：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a service archive.</source>
        <translation>%1 不是服务档案库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ServiceArchive (archive format %2; this version reads up to %3).</source>
        <translation>%1 由更新版本的服务档案写入（档案库格式 %2，本版本最高支持 %3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2).</source>
        <translation>%1 已损坏（完整性检查：%2）。</translation>
    </message>
    <message>
        <source>The backup %1 has no manifest (%2 is missing); it cannot be checked and is not restored.</source>
        <translation>备份 %1 没有校验清单（缺少 %2），无法校验，因此不予恢复。</translation>
    </message>
    <message>
        <source>The manifest %1 is not in the expected format.</source>
        <translation>校验清单 %1 的格式不正确。</translation>
    </message>
    <message>
        <source>The manifest %1 describes %2, not %3.</source>
        <translation>校验清单 %1 对应的是 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>This archive is kept on a database server; back it up with the server&apos;s own tools.</source>
        <translation>该档案库保存在数据库服务器上，请使用服务器自带的工具备份。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>The new backup</source>
        <translation>新备份</translation>
    </message>
    <message>
        <source>The backup manifest %1 cannot be put in place.</source>
        <translation>无法将备份校验清单 %1 放到目标位置。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be put in place.</source>
        <translation>无法将备份 %1 放到目标位置。</translation>
    </message>
    <message>
        <source>At least one backup must be kept (asked to keep %1).</source>
        <translation>至少要保留一个备份（指定保留 %1 个）。</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>无法删除旧备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; name the archive file to restore into.</source>
        <translation>%1 是文件夹；请指定要恢复到的档案库文件。</translation>
    </message>
    <message>
        <source>A backup cannot be restored onto itself.</source>
        <translation>不能将备份恢复到它自身。</translation>
    </message>
    <message>
        <source>The archive %1 is open, or was not closed properly (%2 exists). Close every ServiceArchive window using it, or open and close it once, then restore again. Nothing was changed.</source>
        <translation>档案库 %1 正在使用中，或上次未正常关闭（存在 %2）。请关闭所有使用它的服务档案窗口，或将它打开再关闭一次，然后重新恢复。未做任何改动。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 does not match its manifest (SHA-256): it is damaged or was changed after it was made. Nothing was restored.</source>
        <translation>备份 %1 与其校验清单（SHA-256）不符：备份已损坏，或在生成后被修改过。未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup %1</source>
        <translation>备份 %1</translation>
    </message>
    <message>
        <source>The restored archive could not be completed: %1</source>
        <translation>无法完成档案库的恢复：%1</translation>
    </message>
    <message>
        <source>The archive %1 cannot be replaced: %2</source>
        <translation>无法替换档案库 %1：%2</translation>
    </message>
    <message>
        <source>The archive %1 cannot be set aside as %2.</source>
        <translation>无法将档案库 %1 改名为 %2 保留。</translation>
    </message>
    <message>
        <source>The archive %1 cannot be written: %2</source>
        <translation>无法写入档案库 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. It has at least %2 characters and does not contain your user name.</source>
        <translation>为 &lt;b&gt;%1&lt;/b&gt; 设置新密码。新密码至少 %2 个字符，且不能包含您的用户名。</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>确认新密码(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>ChoiceLists</name>
    <message>
        <source>Enter the text people will see for this entry.</source>
        <translation>请输入该选项显示的文字。</translation>
    </message>
    <message>
        <source>An entry has at most %1 characters.</source>
        <translation>选项最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The list already has an entry &quot;%1&quot;.</source>
        <translation>列表中已有选项“%1”。</translation>
    </message>
    <message>
        <source>This entry is not in the list any more. Reload the list.</source>
        <translation>该选项已不在列表中，请重新载入列表。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>Damaged packaging</source>
        <translation>包装破损</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <source>There is no such choice list.</source>
        <translation>没有这个选项列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last entry still offered in this list. Add another entry before retiring it.</source>
        <translation>“%1”是该列表中最后一个可选的选项。请先添加其他选项，再停用它。</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Defective product</source>
        <translation>产品缺陷</translation>
    </message>
    <message>
        <source>Poor performance</source>
        <translation>性能不佳</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Rude staff</source>
        <translation>员工态度差</translation>
    </message>
    <message>
        <source>Slow service</source>
        <translation>服务效率低</translation>
    </message>
    <message>
        <source>Unprofessional</source>
        <translation>不专业</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation>配送延迟</translation>
    </message>
    <message>
        <source>Damaged in delivery</source>
        <translation>配送途中损坏</translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Overcharged</source>
        <translation>多收费用</translation>
    </message>
    <message>
        <source>Refund delayed</source>
        <translation>退款延迟</translation>
    </message>
    <message>
        <source>Invoice problem</source>
        <translation>发票问题</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Repair problem</source>
        <translation>维修问题</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>无人响应</translation>
    </message>
    <message>
        <source>Warranty dispute</source>
        <translation>保修纠纷</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>This list has only one level.</source>
        <translation>该列表只有一级。</translation>
    </message>
    <message>
        <source>Choose a first-level entry of this list to put the new entry under.</source>
        <translation>请选择该列表中的一个一级选项，新选项将添加到其下。</translation>
    </message>
</context>
<context>
    <name>ChoiceListsDialog</name>
    <message>
        <source>Choice lists</source>
        <translation>选项列表</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>退货原因</translation>
    </message>
    <message>
        <source>New entry — Enter adds it</source>
        <translation>新选项 — 按 Enter 添加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>F2 renames the selected entry. Retired entries stay on the records that use them but are no longer offered.</source>
        <translation>按 F2 可重命名所选选项。已停用的选项仍保留在已使用它的记录中，但不再供选择。</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Retired: no longer offered</source>
        <translation>已停用：不再供选择</translation>
    </message>
    <message>
        <source>Complaint reasons</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>Compensation kinds</source>
        <translation>补偿方式</translation>
    </message>
    <message>
        <source>Add detailed reason</source>
        <translation>添加详细原因</translation>
    </message>
    <message>
        <source>Add the new entry under the selected reason</source>
        <translation>将新选项添加到所选原因之下</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Enter a number of days from 1 to %1.</source>
        <translation>请输入 1 到 %1 之间的天数。</translation>
    </message>
    <message>
        <source>The medium threshold cannot be below the high one (%1 days).</source>
        <translation>2 分的天数不能少于 3 分的天数（%1 天）。</translation>
    </message>
    <message>
        <source>Enter a number of purchases from 1 to 1,000,000.</source>
        <translation>请输入 1 到 1,000,000 之间的消费次数。</translation>
    </message>
    <message>
        <source>The medium threshold cannot be above the high one (%1 purchases).</source>
        <translation>2 分的消费次数不能多于 3 分的消费次数（%1 次）。</translation>
    </message>
    <message>
        <source>Enter an amount that is not negative.</source>
        <translation>请输入不小于 0 的金额。</translation>
    </message>
    <message>
        <source>The medium threshold cannot be above the high one.</source>
        <translation>2 分的消费金额不能高于 3 分的消费金额。</translation>
    </message>
    <message>
        <source>Enter a score from 3 to 9.</source>
        <translation>请输入 3 到 9 之间的分数。</translation>
    </message>
    <message>
        <source>The medium score cannot be above the high one (%1).</source>
        <translation>中价值的总分不能高于高价值的总分（%1）。</translation>
    </message>
    <message>
        <source>Potential — never bought</source>
        <translation>潜在客户 — 从未消费</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive — no purchase or contact for %n day(s)</source>
        <translation>
            <numerusform>流失客户 — 已 %n 天未消费也未联系</numerusform>
        </translation>
    </message>
    <message>
        <source>New — first purchase %1</source>
        <translation>新客户 — 首次消费：%1</translation>
    </message>
    <message numerus="yes">
        <source>Returning — %n purchase(s), last %1</source>
        <translation>
            <numerusform>老客户 — 消费 %n 次，最近一次：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The classification rules were not saved: correct the marked values.</source>
        <translation>客户细分规则未保存：请更正标出的数值。</translation>
    </message>
    <message>
        <source>The classification was cancelled; nothing was changed.</source>
        <translation>已取消重新划分客户，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ClassificationRulesDialog</name>
    <message>
        <source>Classification rules</source>
        <translation>客户细分规则</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>New: first purchase within</source>
        <translation>新客户：首次消费距今不超过</translation>
    </message>
    <message>
        <source>Inactive: no purchase or contact for</source>
        <translation>流失客户：未消费也未联系已达</translation>
    </message>
    <message>
        <source>Value tier (recency, frequency, monetary value)</source>
        <translation>价值等级（最近消费时间、消费频次、消费金额）</translation>
    </message>
    <message>
        <source>Recency scores 3 when the last purchase is within</source>
        <translation>最近消费时间 3 分：最近一次消费距今不超过</translation>
    </message>
    <message>
        <source>… scores 2 within</source>
        <translation>… 2 分：距今不超过</translation>
    </message>
    <message>
        <source> purchases</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Frequency scores 3 from</source>
        <translation>消费频次 3 分：至少</translation>
    </message>
    <message>
        <source>… scores 2 from</source>
        <translation>… 2 分：至少</translation>
    </message>
    <message>
        <source>Spend (net of refunds) scores 3 from</source>
        <translation>消费金额（扣除退款）3 分：至少</translation>
    </message>
    <message>
        <source>High value from a total score of</source>
        <translation>高价值：总分至少</translation>
    </message>
    <message>
        <source>Medium value from a total score of</source>
        <translation>中价值：总分至少</translation>
    </message>
    <message>
        <source>Saving re-classifies every customer at once.</source>
        <translation>保存后将立即按新规则重新划分所有客户。</translation>
    </message>
    <message>
        <source>“%1” is not an amount, e.g. 5000 or 5,000.00.</source>
        <translation>“%1”不是有效的金额，请输入如 5000 或 5,000.00 的金额。</translation>
    </message>
    <message>
        <source>Re-classifying every customer with the new rules…</source>
        <translation>正在按新规则重新划分所有客户…</translation>
    </message>
    <message>
        <source>The rules were saved, but re-classifying failed: %1</source>
        <translation>规则已保存，但重新划分客户失败：%1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>The archive had no users; these accounts were created (the passwords are shown only now):</source>
        <translation>档案库中还没有用户，已创建以下账户（密码只显示这一次）：</translation>
    </message>
    <message>
        <source>this archive has users: sign in with --user NAME (the password from SERVICEARCHIVE_PASSWORD or standard input).</source>
        <translation>该档案库已有用户：请用 --user 用户名 登录（密码取自 SERVICEARCHIVE_PASSWORD 或标准输入）。</translation>
    </message>
    <message>
        <source>this archive has no user accounts yet, so nobody can sign in to it. Open it in the application first to create its administrator.</source>
        <translation>该档案库还没有用户账户，因此无法登录。请先在应用程序中打开它，创建管理员账户。</translation>
    </message>
    <message>
        <source>service-archive %1: %2</source>
        <translation>service-archive %1：%2</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (try --help)</source>
        <translation>多余的参数“%1”（可用 --help 查看帮助）</translation>
    </message>
    <message>
        <source>--%1 %2 is required.</source>
        <translation>必须指定 --%1 %2。</translation>
    </message>
    <message>
        <source>the archive %1 does not exist.</source>
        <translation>档案库 %1 不存在。</translation>
    </message>
    <message>
        <source>Writes a backup of an archive into a folder as archive-YYYYMMDD-HHMMSS.sqlite (UTC) with a SHA-256 manifest beside it; the copy is made by SQLite and checked before it is put in place. Needs an administrator.</source>
        <translation>将档案库备份到文件夹中，文件名为 archive-YYYYMMDD-HHMMSS.sqlite（UTC 时间），旁边附有 SHA-256 校验清单；副本由 SQLite 生成，放到目标位置之前会先经过检查。需要管理员权限。</translation>
    </message>
    <message>
        <source>The folder for the backup (created when missing).</source>
        <translation>存放备份的文件夹（不存在时新建）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Afterwards keep only the newest N backups in the folder.</source>
        <translation>备份完成后，文件夹中只保留最新的 N 个备份。</translation>
    </message>
    <message>
        <source>--keep needs a whole number from 1 to 100000.</source>
        <translation>--keep 需要 1 到 100000 之间的整数。</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes, SHA-256 %3)</source>
        <translation>已写入备份：%1（%2 字节，SHA-256 %3）</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n older backup(s).</source>
        <translation>
            <numerusform>已删除 %n 个较早的备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaces an archive by a backup made with the backup command. The backup must match its manifest and pass SQLite&apos;s integrity check; sign in with an administrator account of the backup. The archive must not be open anywhere; the replaced file is kept beside it as &lt;name&gt;.before-restore-YYYYMMDD-HHMMSS.</source>
        <translation>用 backup 命令生成的备份替换档案库。备份必须与其校验清单一致，并通过 SQLite 的完整性检查；请使用备份中的管理员账户登录。档案库不能在任何地方处于打开状态；被替换的文件会保留在同一文件夹中，名为 &lt;原文件名&gt;.before-restore-YYYYMMDD-HHMMSS。</translation>
    </message>
    <message>
        <source>The backup file (its .sha256 manifest beside it).</source>
        <translation>备份文件（其 .sha256 校验清单须在同一文件夹中）。</translation>
    </message>
    <message>
        <source>The archive file to replace (created when missing).</source>
        <translation>要替换的档案库文件（不存在时新建）。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>The replaced archive was kept as %1.</source>
        <translation>被替换的档案库已保留为 %1。</translation>
    </message>
    <message>
        <source>Checks an archive: SQLite&apos;s quick_check, the links between records (foreign_key_check) and the audit trail&apos;s hash chain. Prints each finding on its own line; exit code 0 when all is well, 3 when there are findings. Needs a supervisor or an administrator.</source>
        <translation>检查档案库：SQLite 的 quick_check、记录之间的关联（foreign_key_check）以及审计日志的哈希链。每个问题单独输出一行；一切正常时退出码为 0，发现问题时为 3。需要主管或管理员权限。</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1：未发现问题。</translation>
    </message>
    <message>
        <source>The archive: a file (it must exist) or a postgresql:// address.</source>
        <translation>档案库：文件（必须已存在）或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>Copies a whole archive to a new place, also between a file and a PostgreSQL server (postgresql://user@host:port/dbname). The destination must be a new file or an empty schema; everything goes in one transaction, and row counts and the audit trail are checked before it commits. Needs an administrator of the source; the same accounts sign in to the copy.</source>
        <translation>将整个档案库复制到新位置，也可在文件与 PostgreSQL 服务器（postgresql://user@host:port/dbname）之间复制。目标必须是新文件或空模式（schema）；所有内容在同一个事务中写入，提交前会检查各表行数和审计日志。需要源档案库的管理员权限；副本使用相同的账户登录。</translation>
    </message>
    <message>
        <source>The archive to copy: a file or a postgresql:// address.</source>
        <translation>要复制的档案库：文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Where the copy goes: a new file or a postgresql:// address of an empty schema.</source>
        <translation>副本的位置：新文件，或空模式（schema）的 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Copied to %1 in %2 s; %3 audit entries verified.</source>
        <translation>已复制到 %1，用时 %2 秒；已校验 %3 条审计日志记录。</translation>
    </message>
    <message>
        <source>The archive to open: a file (created when missing) or a postgresql:// address.</source>
        <translation>要打开的档案库：文件（不存在时新建）或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>ServiceArchive: the customer service archive.

Commands (COMMAND --help for their options):
  demo     fill an archive with realistic demo customers
  backup   write a checked backup of an archive into a folder
  restore  replace an archive with a backup
  check    check an archive&apos;s file, links and audit trail
  copy     copy a whole archive to a new file or a PostgreSQL server
  reports  list the reports and their parameters
  export   export a report to a CSV file
  import   import a CSV file of customers, purchases, interactions or complaints</source>
        <translation>服务档案：客户服务档案管理工具。

命令（用 命令 --help 查看各命令的选项）：
  demo     向档案库填充逼真的演示客户
  backup   将档案库的备份写入文件夹，并检查备份
  restore  用备份替换档案库
  check    检查档案库的文件、记录关联和审计日志
  copy     将整个档案库复制到新文件或 PostgreSQL 服务器
  reports  列出报表及其参数
  export   将报表导出为 CSV 文件
  import   导入客户、消费记录、交互记录或投诉的 CSV 文件</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Exit codes: 0 the file was written; 1 the archive cannot be opened or read; 2 wrong usage: an unknown option, a missing option, a bad --encoding or --delimiter; 3 the sign-in was refused or the user may not run or export the report; 4 an unknown report or parameter, or a bad parameter value; 5 the file cannot be written; 6 interrupted (SIGINT, SIGTERM or SIGHUP). Unless the code is 0, no file was written and an existing one is unchanged. On success nothing is printed (see --verbose); a problem is one line on standard error.</source>
        <translation>退出码：0 表示文件已写入；1 表示无法打开或读取档案库；2 表示用法错误：未知选项、缺少选项、--encoding 或 --delimiter 无效；3 表示登录被拒绝，或该用户无权运行或导出该报表；4 表示报表或参数未知，或参数值无效；5 表示无法写入文件；6 表示被中断（SIGINT、SIGTERM 或 SIGHUP）。退出码不为 0 时，不会写入任何文件，已有的文件保持不变。成功时不输出任何内容（参见 --verbose）；出现问题时在标准错误输出一行说明。</translation>
    </message>
    <message>
        <source>Exports one report to a CSV file that Excel opens correctly (RFC 4180, UTF-8 with BOM by default, formulas neutralized, phone numbers kept as text and masked unless --reveal). The file appears only when it is complete, and each export is recorded in the audit log. Needs a user who may run the report and export (a supervisor). `service-archive reports` lists the reports and their parameters.</source>
        <translation>将一份报表导出为 Excel 能正确打开的 CSV 文件（RFC 4180，默认编码为带 BOM 的 UTF-8，单元格内容不会被当作公式执行，电话号码保存为文本，除非使用 --reveal，否则电话号码脱敏）。文件只有在完整写入后才会出现，每次导出都会记入审计日志。需要有权运行并导出该报表的用户（主管）。`service-archive reports` 可列出各报表及其参数。</translation>
    </message>
    <message>
        <source>The report&apos;s name (see `reports`).</source>
        <translation>报表名称（参见 `reports`）。</translation>
    </message>
    <message>
        <source>The first day of the period, yyyy-mm-dd.</source>
        <translation>统计期间的第一天，格式为 yyyy-mm-dd。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The last day of the period (included).</source>
        <translation>统计期间的最后一天（含当天）。</translation>
    </message>
    <message>
        <source>A parameter of the report; repeat for more.</source>
        <translation>报表参数；有多个参数时可重复使用此选项。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced when it exists).</source>
        <translation>要写入的 CSV 文件（已存在时将被替换）。</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>OUT.csv</translation>
    </message>
    <message>
        <source>utf-8-bom (default), utf-8 or gb18030.</source>
        <translation>utf-8-bom（默认）、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>comma (default), semicolon or tab.</source>
        <translation>comma（逗号，默认）、semicolon（分号）或 tab（制表符）。</translation>
    </message>
    <message>
        <source>DELIMITER</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Phone numbers in full instead of masked (needs that right; recorded in the audit log).</source>
        <translation>显示完整电话号码，不脱敏（需要相应权限；会记入审计日志）。</translation>
    </message>
    <message>
        <source>Print the number of rows written and the time taken.</source>
        <translation>输出写入的行数和所用时间。</translation>
    </message>
    <message>
        <source>--encoding “%1” is not one of utf-8-bom, utf-8, gb18030.</source>
        <translation>--encoding “%1” 不是 utf-8-bom、utf-8、gb18030 之一。</translation>
    </message>
    <message>
        <source>--delimiter “%1” is not one of comma, semicolon, tab.</source>
        <translation>--delimiter “%1” 不是 comma、semicolon、tab 之一。</translation>
    </message>
    <message>
        <source>--param “%1” is not KEY=VALUE.</source>
        <translation>--param “%1” 不是“键=值”的形式。</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 重复指定了两次。</translation>
    </message>
    <message>
        <source>interrupted; no file was written.</source>
        <translation>已中断；未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1 in %2 s.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 行，用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 by %5: %6 created, %7 updated%8</source>
        <translation>%1  %2  %3  %4 由 %5 导入：新建 %6，更新 %7%8</translation>
    </message>
    <message>
        <source> (undone by %1)</source>
        <translation>（已由 %1 撤销）</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>What the file holds: customers, purchases, interactions or complaints.</source>
        <translation>文件内容的类型：customers（客户）、purchases（消费记录）、interactions（交互记录）或 complaints（投诉）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>A saved column mapping (JSON); without it the columns are mapped by their header names.</source>
        <translation>已保存的列映射（JSON）；不指定时按表头名称映射各列。</translation>
    </message>
    <message>
        <source>MAP.json</source>
        <translation>MAP.json</translation>
    </message>
    <message>
        <source>auto (default), utf-8, gb18030 or windows-1252.</source>
        <translation>auto（自动识别，默认）、utf-8、gb18030 或 windows-1252。</translation>
    </message>
    <message>
        <source>auto (default), comma, semicolon or tab.</source>
        <translation>auto（自动识别，默认）、comma（逗号）、semicolon（分号）或 tab（制表符）。</translation>
    </message>
    <message>
        <source>Check every row and count; write nothing.</source>
        <translation>检查每一行并统计结果，不写入任何内容。</translation>
    </message>
    <message>
        <source>Leave rows with errors out instead of refusing the file.</source>
        <translation>跳过有错误的行，而不是拒绝整个文件。</translation>
    </message>
    <message>
        <source>Customers matching one in the archive by phone, email or id: create, update or skip (default).</source>
        <translation>与档案库中已有客户的电话、邮箱或原系统 ID 相同时的处理方式：create（新建）、update（更新）或 skip（跳过，默认）。</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Write the rows&apos; errors to this CSV file.</source>
        <translation>将各行的错误写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>ERR.csv</source>
        <translation>ERR.csv</translation>
    </message>
    <message>
        <source>Amounts are written with a decimal comma (261,96).</source>
        <translation>金额以逗号作为小数点（261,96）。</translation>
    </message>
    <message>
        <source>List the past imports.</source>
        <translation>列出以往的导入。</translation>
    </message>
    <message>
        <source>Take back the import with this number as a whole.</source>
        <translation>整体撤销此编号的导入。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>--undo needs the number of an import (see --list).</source>
        <translation>--undo 需要导入编号（参见 --list）。</translation>
    </message>
    <message>
        <source>name one CSV file to import (try --help).</source>
        <translation>请指定一个要导入的 CSV 文件（可用 --help 查看帮助）。</translation>
    </message>
    <message>
        <source>cannot read the mapping %1: %2</source>
        <translation>无法读取映射文件 %1：%2</translation>
    </message>
    <message>
        <source>--kind must be customers, purchases, interactions or complaints.</source>
        <translation>--kind 必须是 customers、purchases、interactions 或 complaints。</translation>
    </message>
    <message>
        <source>--kind differs from the mapping&apos;s kind.</source>
        <translation>--kind 与映射文件中的类型不一致。</translation>
    </message>
    <message>
        <source>--kind is missing (try --help).</source>
        <translation>缺少 --kind（可用 --help 查看帮助）。</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8, gb18030 or windows-1252.</source>
        <translation>--encoding 必须是 auto、utf-8、gb18030 或 windows-1252。</translation>
    </message>
    <message>
        <source>--delimiter must be auto, comma, semicolon or tab.</source>
        <translation>--delimiter 必须是 auto、comma、semicolon 或 tab。</translation>
    </message>
    <message>
        <source>--on-duplicate must be create, update or skip.</source>
        <translation>--on-duplicate 必须是 create、update 或 skip。</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>已撤销导入 %1。</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>row</source>
        <translation>整行</translation>
    </message>
    <message>
        <source>... %1 errors in all.</source>
        <translation>... 共 %1 个错误。</translation>
    </message>
    <message>
        <source>Dry run: %1 rows, %2 would be created, %3 updated, %4 skipped, %5 invalid. Nothing was written.</source>
        <translation>试运行：共 %1 行，将新建 %2 行，更新 %3 行，跳过 %4 行，无效 %5 行。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors; nothing was imported (--skip-invalid leaves them out).</source>
        <translation>%2 行中有 %1 行存在错误；未导入任何内容（使用 --skip-invalid 可跳过这些行）。</translation>
    </message>
    <message>
        <source>Import %1: %2 rows, %3 created, %4 updated, %5 skipped, %6 invalid left out, %7 customers created.</source>
        <translation>导入 %1：共 %2 行，新建 %3 行，更新 %4 行，跳过 %5 行，略过无效行 %6 行，新建客户 %7 个。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Run by: %1. Exported by: %2.</source>
        <translation>可运行：%1。可导出：%2。</translation>
    </message>
    <message>
        <source>No parameters.</source>
        <translation>无参数。</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>a code of the archive&apos;s list</source>
        <translation>档案库选项列表中的代码</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Lists the reports that export can write, with their parameters and who may run and export them; names given after the command show only those reports. Needs no archive.</source>
        <translation>列出 export 命令可导出的报表，以及各报表的参数和有权运行、导出的角色；在命令后指定报表名称时只显示这些报表。不需要档案库。</translation>
    </message>
    <message>
        <source>A report to show (default: every report).</source>
        <translation>要显示的报表（默认：全部报表）。</translation>
    </message>
    <message>
        <source>[NAME...]</source>
        <translation>[报表名称...]</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>a report&apos;s name</comment>
        <translation>报表名称</translation>
    </message>
    <message>
        <source>Imports a CSV file as customers, purchases, interactions or complaints, all or nothing in one transaction (see docs/command-line.md). Needs the right to import.</source>
        <translation>将 CSV 文件作为客户、消费记录、交互记录或投诉导入，在同一个事务中完成，要么全部导入，要么全部不导入（参见 docs/command-line.md）。需要导入数据的权限。</translation>
    </message>
    <message>
        <source>%1 lines hold no row and were left out:</source>
        <translation>有 %1 行不含数据行，已略过：</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailPane</name>
    <message>
        <source>Complaint and its history</source>
        <translation>投诉及其修改记录</translation>
    </message>
    <message>
        <source>The customer&apos;s timeline</source>
        <translation>客户的服务时间线</translation>
    </message>
    <message>
        <source>Choose a complaint to see its history and its customer&apos;s timeline.</source>
        <translation>选择一条投诉，查看其修改记录及客户的服务时间线。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;No. %1&lt;/b&gt; · %2 · %3&lt;br&gt;%4 · &lt;b&gt;%5&lt;/b&gt; · %6 · handler: %7&lt;br&gt;%8</source>
        <translation>&lt;b&gt;编号 %1&lt;/b&gt; · %2 · %3&lt;br&gt;%4 · &lt;b&gt;%5&lt;/b&gt; · %6 · 处理人：%7&lt;br&gt;%8</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>客户：%1（%2）</translation>
    </message>
    <message>
        <source>New complaint — %1</source>
        <translation>新建投诉 — %1</translation>
    </message>
    <message>
        <source>Complaint No. %1 — %2</source>
        <translation>投诉编号 %1 — %2</translation>
    </message>
    <message>
        <source>Start &amp;handling</source>
        <translation>开始处理(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>标为已解决(&amp;S)</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>关闭投诉(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Take the complaint into progress; an unassigned one becomes yours</source>
        <translation>开始处理该投诉；未分配的投诉将分配给您</translation>
    </message>
    <message>
        <source>Save what you typed and mark it resolved; it needs a resolution</source>
        <translation>保存您输入的内容并标为已解决；须先填写处理结果</translation>
    </message>
    <message>
        <source>Save what you typed and close it; it needs a resolution</source>
        <translation>保存您输入的内容并关闭投诉；须先填写处理结果</translation>
    </message>
    <message>
        <source>Send it back to work, with a reason</source>
        <translation>重新打开投诉继续处理，须填写原因</translation>
    </message>
    <message>
        <source>Why it goes back to work; Enter reopens it</source>
        <translation>重新打开的原因；按 Enter 重新打开</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>重新打开原因</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>修改记录(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Receive complaint</source>
        <translation>受理投诉(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save what you typed (Enter; Ctrl+Enter in a text box)</source>
        <translation>保存您输入的内容（Enter；在文本框中按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新载入(&amp;L)</translation>
    </message>
    <message>
        <source>Show the complaint as it is stored now; what you typed is replaced.</source>
        <translation>显示当前保存的投诉；您输入的内容将被替换。</translation>
    </message>
    <message numerus="yes">
        <source>H&amp;istory (%n)</source>
        <translation>
            <numerusform>修改记录（%n）(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>New: it is received as “%1”.</source>
        <translation>新投诉：受理后状态为“%1”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 handles this complaint: only they or a supervisor can move it.</source>
        <translation>该投诉由 %1 处理：只有处理人或主管才能变更其状态。</translation>
    </message>
    <message>
        <source>A new severity sets new due times when it is saved.</source>
        <translation>修改严重程度后，保存时将重新计算时限。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Throw away the complaint you typed?</source>
        <translation>要放弃您输入的投诉吗？</translation>
    </message>
    <message>
        <source>Throw away the changes you typed?</source>
        <translation>要放弃您所做的修改吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>ComplaintFilterBar</name>
    <message>
        <source>any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Received on or after this day</source>
        <translation>受理日期不早于此日</translation>
    </message>
    <message>
        <source>Received on or before this day</source>
        <translation>受理日期不晚于此日</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>in the description or resolution</source>
        <translation>在描述或处理结果中搜索</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示已超时(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选条件(&amp;L)</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>受理时间(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>投诉原因(&amp;R)</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>严重程度(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Handler</source>
        <translation>处理人(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>关键词(&amp;T)</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>全部投诉原因</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部处理人</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>When the complaint came in (Alt+Down opens the calendar)</source>
        <translation>投诉受理时间（按 Alt+↓ 打开日历）</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>受理时间(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>投诉原因(&amp;R) *</translation>
    </message>
    <message>
        <source>De&amp;tailed reason</source>
        <translation>详细原因(&amp;T)</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>严重程度(&amp;V)</translation>
    </message>
    <message>
        <source>What the customer complains about, in their words</source>
        <translation>客户投诉的内容，尽量记录客户原话</translation>
    </message>
    <message>
        <source>&amp;Description *</source>
        <translation>描述(&amp;D) *</translation>
    </message>
    <message>
        <source>&amp;Purchase</source>
        <translation>消费记录(&amp;P)</translation>
    </message>
    <message>
        <source>Service re&amp;quest</source>
        <translation>服务请求(&amp;Q)</translation>
    </message>
    <message>
        <source>Hand&amp;ler</source>
        <translation>处理人(&amp;L)</translation>
    </message>
    <message>
        <source>What the customer was told first</source>
        <translation>最初答复客户的内容</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>答复(&amp;P)</translation>
    </message>
    <message>
        <source>How it was settled; needed to resolve or close</source>
        <translation>投诉的处理情况；标为已解决或关闭前必须填写</translation>
    </message>
    <message>
        <source>Resol&amp;ution</source>
        <translation>处理结果(&amp;U)</translation>
    </message>
    <message>
        <source>Root ca&amp;use</source>
        <translation>根本原因(&amp;U)</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>yuan, e.g. 200.00</source>
        <translation>单位：元，例如 200.00</translation>
    </message>
    <message>
        <source>Compensation amount</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <source>Customer&apos;s confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Handlin&amp;g</source>
        <translation>处理情况(&amp;G)</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>（请选择投诉原因）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Purchase No. %1</source>
        <translation>消费记录编号 %1</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>Request No. %1</source>
        <translation>服务请求编号 %1</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type yuan with at most two decimals, e.g. 200.00.</source>
        <translation>“%1”不是有效的金额。请以元为单位输入，最多两位小数，例如 200.00。</translation>
    </message>
</context>
<context>
    <name>ComplaintHandling</name>
    <message>
        <source>Complaint handling by handler</source>
        <translation>投诉处理情况（按处理人）</translation>
    </message>
    <message>
        <source>Per handler, the complaints received in the period: how many, the median hours to the first answer and to the resolution, the share that kept the SLA, and the satisfaction of their follow-ups.</source>
        <translation>按处理人统计期间内受理的投诉：投诉数、首次响应和解决所用小时数的中位数、时限达标的比例，以及相关回访的满意度。</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>受理起始日期</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>受理截止日期</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Resolved or closed</source>
        <translation>已解决或已关闭</translation>
    </message>
    <message>
        <source>Median hours to answer</source>
        <translation>响应时长中位数（小时）</translation>
    </message>
    <message>
        <source>Median hours to resolve</source>
        <translation>解决时长中位数（小时）</translation>
    </message>
    <message>
        <source>SLA kept (%)</source>
        <translation>时限达标率（%）</translation>
    </message>
    <message>
        <source>Mean satisfaction (1–5)</source>
        <translation>平均满意度评分（1–5）</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分数</translation>
    </message>
</context>
<context>
    <name>ComplaintHistory</name>
    <message>
        <source>Complaint history</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <source>One row per complaint received in the period: customer, reason, severity, status, handler, when it was answered and resolved, whether the SLA was kept, the resolution and the satisfaction score of its follow-up.</source>
        <translation>期间内受理的每条投诉一行：客户、投诉原因、严重程度、状态、处理人、响应和解决时间、时限是否达标、处理结果以及回访的满意度评分。</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>受理起始日期</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>受理截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>SLA kept</source>
        <translation>时限达标</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>满意度评分（1–5）</translation>
    </message>
</context>
<context>
    <name>ComplaintHistoryView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>修改前：%1
修改后：%2</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Customer accepted the outcome</source>
        <translation>客户接受处理结果</translation>
    </message>
    <message>
        <source>Customer did not accept the outcome</source>
        <translation>客户不接受处理结果</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>Detailed reason</source>
        <translation>详细原因</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Compensation amount</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <source>Customer&apos;s confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Overdue: past its due time and not yet settled.</source>
        <translation>已超时：已过时限，且尚未解决。</translation>
    </message>
    <message>
        <source>Missed its SLA: answered or resolved after the due time.</source>
        <translation>未达标：超过时限才响应或解决。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决时限</translation>
    </message>
</context>
<context>
    <name>ComplaintQuery</name>
    <message>
        <source>A page cannot start or end before the first row.</source>
        <translation>分页的起止位置不能在第一行之前。</translation>
    </message>
    <message>
        <source>The count was cancelled.</source>
        <translation>统计已取消。</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>This complaint is closed. Reopen it (with a reason) before changing it.</source>
        <translation>该投诉已关闭。请先重新打开（需填写原因），再进行修改。</translation>
    </message>
    <message>
        <source>Only a supervisor can close a complaint. Set it to &quot;%1&quot; and ask a supervisor to close it.</source>
        <translation>只有主管可以关闭投诉。请将其设为“%1”，并请主管关闭。</translation>
    </message>
    <message>
        <source>%1 handles this complaint. Only they or a supervisor can move it.</source>
        <translation>该投诉由 %1 处理。只有处理人或主管可以变更其状态。</translation>
    </message>
    <message>
        <source>Only a supervisor can assign a complaint to someone else or take it from its handler.</source>
        <translation>只有主管可以将投诉分配给他人，或从处理人手中收回投诉。</translation>
    </message>
    <message>
        <source>This complaint has not been saved yet.</source>
        <translation>该投诉尚未保存。</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>原因最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A complaint is settled as &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>投诉只能以“%1”或“%2”结案。</translation>
    </message>
    <message>
        <source>Complaint %1 no longer exists. Nothing was assigned.</source>
        <translation>投诉 %1 已不存在。未分配任何投诉。</translation>
    </message>
    <message>
        <source>Complaint %1 is closed. Nothing was assigned: leave it out, or reopen it first.</source>
        <translation>投诉 %1 已关闭。未分配任何投诉：请将其排除，或先重新打开。</translation>
    </message>
</context>
<context>
    <name>ComplaintRules</name>
    <message>
        <source>The complaint is already &quot;%1&quot;.</source>
        <translation>该投诉已是“%1”状态。</translation>
    </message>
    <message>
        <source>Only a resolved or closed complaint can be reopened. This one is &quot;%1&quot;.</source>
        <translation>只有已解决或已关闭的投诉才能重新打开。该投诉为“%1”。</translation>
    </message>
    <message>
        <source>A complaint that is &quot;%1&quot; cannot go back to &quot;%2&quot;. Reopen it with a reason instead.</source>
        <translation>状态为“%1”的投诉不能退回到“%2”。请改为填写原因后重新打开。</translation>
    </message>
    <message>
        <source>A complaint that is &quot;%1&quot; cannot go back to &quot;%2&quot;.</source>
        <translation>状态为“%1”的投诉不能退回到“%2”。</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>请从列表中选择状态。</translation>
    </message>
    <message>
        <source>Enter the resolution: what was done for the customer. A complaint cannot be &quot;%1&quot; without one.</source>
        <translation>请填写处理结果：为客户做了哪些处理。没有处理结果的投诉不能设为“%1”。</translation>
    </message>
    <message>
        <source>Enter why the complaint is reopened.</source>
        <translation>请填写重新打开投诉的原因。</translation>
    </message>
</context>
<context>
    <name>ComplaintSla</name>
    <message>
        <source>Enter a number of hours from 1 to %1.</source>
        <translation>请输入 1 到 %1 之间的小时数。</translation>
    </message>
    <message numerus="yes">
        <source>The time to resolve cannot be shorter than the time to respond (%n hour(s)).</source>
        <translation>
            <numerusform>解决时限不能短于响应时限（%n 小时）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The complaint time limits were not saved: correct the marked values.</source>
        <translation>投诉处理时限未保存：请更正标出的数值。</translation>
    </message>
</context>
<context>
    <name>ComplaintSlaDialog</name>
    <message>
        <source>Complaint SLAs</source>
        <translation>投诉处理时限</translation>
    </message>
    <message>
        <source>How many hours a complaint of each severity may wait for its first response and for its resolution. New values apply to complaints received (or given another severity) from now on; the due times already promised stay.</source>
        <translation>各严重程度的投诉最多可等待多少小时得到首次响应、多少小时得到解决。新数值适用于从现在起受理（或更改严重程度）的投诉；已承诺的时限保持不变。</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
</context>
<context>
    <name>ComplaintStore</name>
    <message>
        <source>This complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>This complaint was changed by %1 at %2 after you opened it. Nothing was saved: reload the complaint to see their changes, then make yours again.</source>
        <translation>在您打开之后，%1 于 %2 修改了该投诉。您的修改没有保存：请重新载入投诉查看对方的修改，然后再重新修改。</translation>
    </message>
</context>
<context>
    <name>ComplaintText</name>
    <message>
        <source>Responded %1 — response time missed</source>
        <translation>已于 %1 响应 — 响应时限未达标</translation>
    </message>
    <message>
        <source>Responded %1</source>
        <translation>已于 %1 响应</translation>
    </message>
    <message>
        <source>Response due %1 — overdue</source>
        <translation>响应时限 %1 — 已超时</translation>
    </message>
    <message>
        <source>Response due %1</source>
        <translation>响应时限 %1</translation>
    </message>
    <message>
        <source>Resolved %1 — resolution time missed</source>
        <translation>已于 %1 解决 — 解决时限未达标</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>已于 %1 解决</translation>
    </message>
    <message>
        <source>Resolution due %1 — overdue</source>
        <translation>解决时限 %1 — 已超时</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>解决时限 %1</translation>
    </message>
    <message>
        <source>Resolution due %1 — missed before the reopen</source>
        <translation>解决时限 %1 — 重新打开前即未达标</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation>时限未达标</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>Received (%1)</source>
        <translation>已受理（%1）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation>%1（原因：%2）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ComplaintValidator</name>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>有 %n 个字段需要修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter when the complaint was received.</source>
        <translation>请输入投诉的受理时间。</translation>
    </message>
    <message>
        <source>A date before 1900 is not possible here.</source>
        <translation>日期不能早于 1900 年。</translation>
    </message>
    <message>
        <source>The complaint cannot be received more than a day ahead.</source>
        <translation>受理时间不能晚于明天。</translation>
    </message>
    <message>
        <source>Choose the channel from the list.</source>
        <translation>请从列表中选择渠道。</translation>
    </message>
    <message>
        <source>Choose a severity from the list.</source>
        <translation>请从列表中选择严重程度。</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s answer from the list.</source>
        <translation>请从列表中选择客户的确认结果。</translation>
    </message>
    <message>
        <source>Choose the reason for the complaint.</source>
        <translation>请选择投诉原因。</translation>
    </message>
    <message>
        <source>This reason is not offered. Choose one from the list.</source>
        <translation>该投诉原因已停用，请从列表中选择。</translation>
    </message>
    <message>
        <source>This detailed reason is not offered under &quot;%1&quot;. Choose one from the list, or leave it empty.</source>
        <translation>“%1”下没有该详细原因。请从列表中选择，或留空。</translation>
    </message>
    <message>
        <source>Describe what the customer complains about.</source>
        <translation>请描述客户投诉的内容。</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>描述最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A response has at most %1 characters.</source>
        <translation>答复最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A resolution has at most %1 characters.</source>
        <translation>处理结果最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The root cause has at most %1 characters.</source>
        <translation>根本原因最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The corrective action has at most %1 characters.</source>
        <translation>纠正措施最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The preventive action has at most %1 characters.</source>
        <translation>预防措施最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A complaint that is &quot;%1&quot; keeps its resolution. Enter what was done for the customer.</source>
        <translation>状态为“%1”的投诉必须保留处理结果。请填写为客户所做的处理。</translation>
    </message>
    <message>
        <source>This purchase no longer exists. Choose another one or none.</source>
        <translation>该消费记录已不存在。请选择其他消费记录，或不选。</translation>
    </message>
    <message>
        <source>This purchase belongs to another customer. Choose one of this customer&apos;s.</source>
        <translation>该消费记录属于其他客户。请选择该客户的消费记录。</translation>
    </message>
    <message>
        <source>This service request no longer exists. Choose another one or none.</source>
        <translation>该服务请求已不存在。请选择其他服务请求，或不选。</translation>
    </message>
    <message>
        <source>This service request belongs to another customer. Choose one of this customer&apos;s.</source>
        <translation>该服务请求属于其他客户。请选择该客户的服务请求。</translation>
    </message>
    <message>
        <source>This kind of compensation is not offered. Choose one from the list.</source>
        <translation>该补偿方式已停用，请从列表中选择。</translation>
    </message>
    <message>
        <source>The compensation amount cannot be negative.</source>
        <translation>补偿金额不能为负数。</translation>
    </message>
    <message>
        <source>The compensation amount cannot be more than %1.</source>
        <translation>补偿金额不能超过 %1。</translation>
    </message>
    <message>
        <source>Choose the kind of compensation for the amount.</source>
        <translation>请为补偿金额选择补偿方式。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;. Choose the handler from the list.</source>
        <translation>没有用户“%1”。请从列表中选择处理人。</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled. Choose another handler.</source>
        <translation>%1 的账户已停用。请选择其他处理人。</translation>
    </message>
</context>
<context>
    <name>ComplaintsByReason</name>
    <message>
        <source>Complaints by reason and month</source>
        <translation>投诉原因月度统计</translation>
    </message>
    <message>
        <source>How many complaints each reason brought in each month, its share of the month&apos;s complaints, and the change against the month before.</source>
        <translation>每个月各投诉原因的投诉数、占当月投诉的比例，以及与上月相比的变化。</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>受理起始日期</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>受理截止日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Share of the month (%)</source>
        <translation>占当月比例（%）</translation>
    </message>
    <message>
        <source>Change against the month before</source>
        <translation>较上月变化</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>较上月变化率（%）</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <source>Receive a complaint of this customer (Ctrl+Shift+C)</source>
        <translation>受理该客户的投诉（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Handle the selected complaint (Enter)</source>
        <translation>处理所选投诉（Enter）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation>时限未达标</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Save the profile first to receive complaints.</source>
        <translation>请先保存客户档案，再受理投诉。</translation>
    </message>
    <message>
        <source>No complaints. Receive one with Ctrl+Shift+C.</source>
        <translation>没有投诉。按 Ctrl+Shift+C 受理投诉。</translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation>没有投诉。</translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Complaint review — ServiceArchive</source>
        <translation>投诉审核 — 服务档案</translation>
    </message>
    <message>
        <source>O&amp;pen complaint…</source>
        <translation>打开投诉(&amp;P)…</translation>
    </message>
    <message>
        <source>The chosen complaint in full (Enter)</source>
        <translation>查看所选投诉的完整内容（Enter）</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>Show the complaint&apos;s customer in the main window</source>
        <translation>在主窗口中显示该投诉的客户</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>分配给(&amp;A)…</translation>
    </message>
    <message>
        <source>Hand the selected complaints to someone (several at once)</source>
        <translation>将所选投诉分配给他人（可一次分配多条）</translation>
    </message>
    <message>
        <source>Close &amp;with resolution…</source>
        <translation>填写处理结果并关闭(&amp;W)…</translation>
    </message>
    <message>
        <source>Write the resolution of the chosen complaint and close it</source>
        <translation>填写所选投诉的处理结果并将其关闭</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No complaints match these filters.</source>
        <translation>没有符合筛选条件的投诉。</translation>
    </message>
    <message>
        <source>No complaints in the archive yet.</source>
        <translation>档案库中还没有投诉。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 条已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) listed</source>
        <translation>
            <numerusform>共列出 %n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %n to…</source>
        <translation>
            <numerusform>分配 %n 条给(&amp;A)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) are unassigned now.</source>
        <translation>
            <numerusform>%n 条投诉已改为未分配。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) assigned to %1.</source>
        <translation>
            <numerusform>已将 %n 条投诉分配给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint No. %1 saved: %2.</source>
        <translation>投诉编号 %1 已保存：%2。</translation>
    </message>
</context>
<context>
    <name>CsvDecoder</name>
    <message>
        <source>This system cannot read %1. Choose another encoding.</source>
        <translation>本系统无法读取 %1 编码，请选择其他编码。</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character (line %L1, after byte %L2): it was cut off, or it is not %3. Choose another encoding or ask for the complete file.</source>
        <translation>文件在一个字符的中间结束（第 %L1 行，第 %L2 字节之后）：文件可能被截断，或者不是 %3 编码。请选择其他编码，或索取完整的文件。</translation>
    </message>
    <message>
        <source>The file is not valid %1: line %L2 holds a byte (byte %L3 of the file) that is not part of any character in this encoding. Choose another encoding.</source>
        <translation>文件不是有效的 %1 编码：第 %L2 行有一个字节（文件的第 %L3 字节）不属于该编码的任何字符。请选择其他编码。</translation>
    </message>
    <message>
        <source>The file starts with the byte order mark of %1.</source>
        <translation>文件开头是 %1 的字节顺序标记（BOM）。</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>由您手动选择。</translation>
    </message>
    <message>
        <source>The whole file is valid UTF-8.</source>
        <translation>整个文件都是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The file is not UTF-8, but all of it is valid GB18030 and reads as Chinese text.</source>
        <translation>文件不是 UTF-8，但整个文件都是有效的 GB18030，并可读作中文文本。</translation>
    </message>
    <message numerus="yes">
        <source>The file is neither UTF-8 nor Chinese GB18030; its %n non-ASCII character(s) read as Western European text in Windows-1252 (such as %1). Check them in the preview.</source>
        <translation>
            <numerusform>文件既不是 UTF-8，也不是中文 GB18030；其中 %n 个非 ASCII 字符按 Windows-1252 读作西欧文字（例如 %1）。请在预览中核对这些字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The encoding of the file was not recognized, so it is not read (it would come in garbled). %1 Choose the encoding yourself: GB18030 for Chinese files from older programs, Windows-1252 for files from a Western European Excel.</source>
        <translation>无法识别文件的编码，因此未读取该文件（否则会显示为乱码）。%1请自行选择编码：较旧程序生成的中文文件请选 GB18030，西欧版 Excel 生成的文件请选 Windows-1252。</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252（西欧）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The quoted field that begins on line %L1 is never closed: the file ends inside it. A quote (&quot;) is probably missing or extra in that row.</source>
        <translation>从第 %L1 行开始的带引号字段没有结束：文件在该字段内就结束了。该行可能缺少或多了一个引号（&quot;）。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>Chosen by you.</source>
        <translation>由您手动选择。</translation>
    </message>
    <message numerus="yes">
        <source>%1 divides %2 of the first %n row(s) into the same %3 columns.</source>
        <translation>
            <numerusform>按%1分隔时，前 %n 行中有 %2 行分成相同的 %3 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>No comma, semicolon or tab divides the rows into columns: the file has one column.</source>
        <translation>逗号、分号或制表符都无法将各行分成多列：文件只有一列。</translation>
    </message>
    <message>
        <source>The file is empty: it has no rows to read.</source>
        <translation>文件为空：没有可读取的行。</translation>
    </message>
    <message numerus="yes">
        <source>No header row was found at the start of the file: no row has the %n column(s) that most rows have.</source>
        <translation>
            <numerusform>文件开头没有找到表头：没有任何一行具有大多数行的列数（%n 列）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %L1</source>
        <translation>第 %L1 行</translation>
    </message>
    <message>
        <source>Lines %L1–%L2</source>
        <translation>第 %L1–%L2 行</translation>
    </message>
    <message>
        <source>%1: before the header row, and not in the table&apos;s columns.</source>
        <translation>%1：位于表头之前，且与表格的列不一致。</translation>
    </message>
    <message>
        <source>%1: empty line.</source>
        <translation>%1：空行。</translation>
    </message>
    <message>
        <source>%1: every field is empty.</source>
        <translation>%1：所有字段均为空。</translation>
    </message>
    <message>
        <source>%1: the header row again.</source>
        <translation>%1：重复的表头。</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The file ends before its header row.</source>
        <translation>文件在表头之前就已结束。</translation>
    </message>
    <message>
        <source>The CSV file is not open.</source>
        <translation>CSV 文件未打开。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>This system cannot write GB18030. Choose UTF-8 instead.</source>
        <translation>本系统无法写入 GB18030 编码，请改用 UTF-8。</translation>
    </message>
    <message>
        <source>The CSV file is not open.</source>
        <translation>CSV 文件未打开。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>a character cannot be written in the chosen encoding</source>
        <translation>有字符无法用所选编码写入</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CustomerAudit</name>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
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
        <source>Phones</source>
        <translation>电话</translation>
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
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Preferences and notes</source>
        <translation>偏好与备注</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation>（主要）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Phone numbers shown</source>
        <translation>已显示完整号码</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>已删除个人信息</translation>
    </message>
</context>
<context>
    <name>CustomerDataExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder for the export.</source>
        <translation>文件夹 %1 不存在。请选择一个已有的文件夹用于导出。</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation>无法在 %1 中创建文件夹：%2</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>本页</translation>
    </message>
    <message>
        <source>Cannot move the export into place at %1.</source>
        <translation>无法将导出内容放到目标位置 %1。</translation>
    </message>
</context>
<context>
    <name>CustomerEraser</name>
    <message>
        <source>Erased customer</source>
        <translation>已删除个人信息的客户</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>This customer was changed after you opened it. Nothing was erased: reload the profile and erase it again.</source>
        <translation>在您打开之后该客户已被修改，未删除任何信息：请重新载入客户档案后再执行删除。</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>CustomerExportSection</name>
    <message>
        <source>The customer profile, one field per row</source>
        <translation>客户档案，每行一个字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>最后修改人</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>个人信息删除时间</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>History: every recorded change and access, each changed field before and after</source>
        <translation>修改记录：记录在案的每一次修改和访问，以及每个被修改字段的修改前后内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Purchases, with what was refunded of each</source>
        <translation>消费记录，以及每笔消费的已退款金额</translation>
    </message>
    <message>
        <source>Purchase no.</source>
        <translation>消费记录编号</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>消费时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Returns and their refunds</source>
        <translation>退货记录及其退款</translation>
    </message>
    <message>
        <source>Return no.</source>
        <translation>退货编号</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退货时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Interactions: every logged contact</source>
        <translation>交互记录：记录在案的每一次联系</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Service requests: where each stands, its plan and why it was cancelled</source>
        <translation>服务请求：每个服务请求的当前阶段、方案以及取消原因</translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation>服务请求编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Closed or cancelled</source>
        <translation>关闭或取消时间</translation>
    </message>
    <message>
        <source>Cancel reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案内容</translation>
    </message>
    <message>
        <source>Plan schedule</source>
        <translation>方案时间安排</translation>
    </message>
    <message>
        <source>Plan budget</source>
        <translation>方案预算</translation>
    </message>
    <message>
        <source>Stage moves of the service requests: who moved each when, and why</source>
        <translation>服务请求的阶段变更：每次变更的操作人、时间和原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>(opened)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <source>Complaints: what was complained about, how it was handled and resolved, compensation and the service times promised</source>
        <translation>投诉：投诉内容、处理及解决情况、补偿以及承诺的服务时限</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Detailed reason</source>
        <translation>详细原因</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Compensation amount</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <source>Customer&apos;s confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Response missed</source>
        <translation>响应未达标</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Resolution missed</source>
        <translation>解决未达标</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Handling history of the complaints: who changed what when, before and after</source>
        <translation>投诉处理记录：每次修改的操作人、时间、内容以及修改前后的值</translation>
    </message>
    <message>
        <source>(received)</source>
        <translation>（受理）</translation>
    </message>
    <message>
        <source>Return visits and follow-ups: why the customer was called, what came of it and the satisfaction scores given</source>
        <translation>回访与跟进：联系客户的原因、结果以及客户给出的满意度评分</translation>
    </message>
    <message>
        <source>Follow-up no.</source>
        <translation>回访编号</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>未接通次数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>完成人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT 1-5)</source>
        <translation>满意度评分（CSAT 1-5）</translation>
    </message>
    <message>
        <source>Recommendation (NPS 0-10)</source>
        <translation>净推荐值评分（NPS 0-10）</translation>
    </message>
    <message>
        <source>Staff rated</source>
        <translation>被评价员工</translation>
    </message>
    <message>
        <source>Id in the source system</source>
        <translation>原系统中的客户 ID</translation>
    </message>
</context>
<context>
    <name>CustomerExportSummary</name>
    <message>
        <source>Personal data held about customer %1</source>
        <translation>档案库中保存的客户 %1 的个人信息</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1 (customer code %2)</source>
        <translation>%1（客户编号 %2）</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>导出人</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案库</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>in full</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <source>masked (138****5678): the person who exported may not see full numbers</source>
        <translation>已脱敏（138****5678）：导出人无权查看完整号码</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>This package answers a request of the person concerned for the personal data held about them: the right to access and copy it (PIPL art. 45) and the rights of access and to data portability (GDPR art. 15 and 20). It holds everything this archive stores about the customer, in files that common programs open.</source>
        <translation>本资料包用于答复个人对其个人信息的请求：个人有权查阅、复制其个人信息（《个人信息保护法》第四十五条），并享有访问权和数据可携带权（欧盟《通用数据保护条例》（GDPR）第15条、第20条）。资料包包含本档案库中保存的该客户的全部信息，文件均可用常用程序打开。</translation>
    </message>
    <message>
        <source>The personal data of this customer was erased on request (PIPL art. 47, GDPR art. 17). Only the record without personal data is left, and it is all this package holds.</source>
        <translation>该客户的个人信息已应其请求删除（《个人信息保护法》第四十七条，GDPR 第17条）。档案库中仅剩不含个人信息的记录，本资料包也只包含这些内容。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件列表</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>The CSV files open in Excel and other spreadsheet programs. Times are local times. A cell that starts with &apos; was written so that a spreadsheet does not run it as a formula.</source>
        <translation>CSV 文件可用 Excel 及其他电子表格程序打开。时间均为本地时间。以 &apos; 开头的单元格是为防止电子表格将其作为公式执行而特意这样写入的。</translation>
    </message>
    <message>
        <source>Made by ServiceArchive %1.</source>
        <translation>由服务档案 %1 生成。</translation>
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
    <message>
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Phone numbers are hidden until needed; showing them is recorded in the audit log</source>
        <translation>电话号码默认脱敏显示；显示完整号码会记入审计日志</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Show the profile as stored now; your unsaved edits are lost</source>
        <translation>显示当前保存的客户档案；您未保存的修改将丢失</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>隐藏此提示</translation>
    </message>
    <message>
        <source>Computed from the customer&apos;s purchases and contacts; the line above the tabs explains it.</source>
        <translation>根据客户的消费记录和联系情况自动计算；标签页上方的说明行会解释计算依据。</translation>
    </message>
</context>
<context>
    <name>CustomerHistoryView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>A new customer has no history yet.</source>
        <translation>新客户还没有修改记录。</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>没有修改记录。</translation>
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
    <name>CustomerList</name>
    <message>
        <source>Customer list</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>The customers the customer list shows for the same search and filters, with their contact details, lifecycle, value tier and owner.</source>
        <translation>客户列表在相同搜索和筛选条件下显示的客户，包括其联系方式、客户类型、价值等级和负责人。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Name, phone (any part), email, company or code, as in the list&apos;s search.</source>
        <translation>姓名、电话（可输入部分号码）、邮箱、公司或客户编号，与列表中的搜索相同。</translation>
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
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户范围</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>未归档</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
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
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
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
    <message>
        <source>Lifecycle, computed from purchases and contacts</source>
        <translation>客户类型，根据消费记录和联系情况自动计算</translation>
    </message>
    <message>
        <source>All value tiers</source>
        <translation>全部价值等级</translation>
    </message>
    <message>
        <source>Value tier, from recency, frequency and spend</source>
        <translation>价值等级，根据最近消费时间、消费频次和消费金额自动计算</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>code or name</source>
        <translation>客户编号或姓名</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match: pick one.</source>
        <translation>
            <numerusform>有 %n 位客户匹配，请选择一位。</numerusform>
        </translation>
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
    <name>CustomerSegments</name>
    <message>
        <source>Customer segmentation</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <source>Active customers by lifecycle and value tier: how many in each segment and their share of all.</source>
        <translation>按客户类型和价值等级统计活跃客户：各细分的客户数及其占全部活跃客户的比例。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
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
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
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
    <name>CustomerValue</name>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Per customer who bought in the period: net spend (refunds taken off), number of purchases, the last purchase and days since, and the average order value.</source>
        <translation>期间内有消费的每位客户：净消费金额（已扣除退款）、消费次数、最近一次消费及距今天数，以及客单价。</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Bought from</source>
        <translation>消费起始日期</translation>
    </message>
    <message>
        <source>Bought until</source>
        <translation>消费截止日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Net spend</source>
        <translation>净消费金额</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近消费日期</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均每笔金额</translation>
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
    <message>
        <source>Cannot show the numbers</source>
        <translation>无法显示完整号码</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>Erase every piece of personal data of %1 (%2) from the archive, its history included? Only the code and figures without personal data remain. This cannot be undone.</source>
        <translation>要从档案库中删除 %1（%2）的全部个人信息（包括修改记录）吗？只保留客户编号和不含个人信息的统计数据。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>The personal data of %1 was erased.</source>
        <translation>已删除 %1 的个人信息。</translation>
    </message>
    <message>
        <source>Erasing the personal data of %1…</source>
        <translation>正在删除 %1 的个人信息…</translation>
    </message>
    <message>
        <source>Changes made at other desks are not shown for now: %1</source>
        <translation>暂时无法显示其他工位所做的修改：%1</translation>
    </message>
    <message>
        <source>Changes made at other desks are shown again.</source>
        <translation>已恢复显示其他工位所做的修改。</translation>
    </message>
    <message>
        <source>Export customer&apos;s data</source>
        <translation>导出客户个人信息</translation>
    </message>
    <message>
        <source>The profile has unsaved changes. The export holds the profile as saved.</source>
        <translation>客户档案有未保存的修改。导出的是已保存的客户档案。</translation>
    </message>
    <message>
        <source>Save and export</source>
        <translation>保存并导出</translation>
    </message>
    <message>
        <source>Export the saved profile</source>
        <translation>导出已保存的档案</translation>
    </message>
    <message>
        <source>Export the data of %1 to</source>
        <translation>将 %1 的个人信息导出到</translation>
    </message>
    <message>
        <source>Exporting the data of %1…</source>
        <translation>正在导出 %1 的个人信息…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>The data of %1 was exported to %2.</source>
        <translation>已将 %1 的个人信息导出到 %2。</translation>
    </message>
    <message>
        <source>Customer&apos;s data exported</source>
        <translation>已导出客户个人信息</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 is no longer in the archive. Your edits cannot be saved.</source>
        <translation>%1 已不在档案库中。您的修改无法保存。</translation>
    </message>
    <message>
        <source>The personal data of %1 was erased by %2 at %3. Your edits cannot be saved; Reload shows what is left.</source>
        <translation>%2 已于 %3 删除了 %1 的个人信息。您的修改无法保存；点击“重新载入”可查看剩余内容。</translation>
    </message>
    <message>
        <source>The personal data of %1 was erased by %2 at %3.</source>
        <translation>%2 已于 %3 删除了 %1 的个人信息。</translation>
    </message>
    <message>
        <source>%1 was archived by %2 at %3. Your save will be refused; Reload discards your edits.</source>
        <translation>%2 已于 %3 将 %1 归档。您的修改将无法保存；点击“重新载入”会放弃您的修改。</translation>
    </message>
    <message>
        <source>%1 was archived by %2 at %3.</source>
        <translation>%2 已于 %3 将 %1 归档。</translation>
    </message>
    <message>
        <source>%1&apos;s profile was changed by %2 at %3. Your save will be refused; Reload discards your edits.</source>
        <translation>%2 已于 %3 修改了 %1 的客户档案。您的修改将无法保存；点击“重新载入”会放弃您的修改。</translation>
    </message>
    <message>
        <source>%1&apos;s profile was changed by %2 at %3; it is shown as stored now.</source>
        <translation>%2 已于 %3 修改了 %1 的客户档案；现在显示的是最新保存的内容。</translation>
    </message>
    <message>
        <source>Cannot reload the profile</source>
        <translation>无法重新载入客户档案</translation>
    </message>
    <message>
        <source>Reloaded the profile of %1.</source>
        <translation>已重新载入 %1 的客户档案。</translation>
    </message>
    <message>
        <source>Everything the archive holds about %1 (%2) is in the folder
%3

Start with summary.html: it lists the files. Hand the folder to the customer in a safe way; it holds personal data.</source>
        <translation>档案库中关于 %1（%2）的全部信息都在以下文件夹中：
%3

请先打开 summary.html，其中列出了所有文件。该文件夹包含个人信息，请通过安全的方式交给客户。</translation>
    </message>
    <message>
        <source>Erasing the personal data of %1 and purging the archive of every old copy. This can take a while on a large archive.</source>
        <translation>正在清除 %1 的个人信息，并从档案库中清除所有旧副本。档案库较大时可能需要一些时间。</translation>
    </message>
    <message>
        <source>Today&apos;s re-classification and birthday greetings did not run: %1</source>
        <translation>今天的客户重新划分和生日问候未能执行：%1</translation>
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
    <message>
        <source>the new file could not be renamed</source>
        <translation>无法为新文件改名</translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
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
    <name>ExportCsvDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 带 BOM（Excel）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030</source>
        <translation>GB18030</translation>
    </message>
    <message>
        <source>Excel opens UTF-8 with BOM correctly; choose GB18030 for older programs that expect the Chinese code page.</source>
        <translation>Excel 能正确打开带 BOM 的 UTF-8 文件；如较旧的程序要求使用中文代码页，请选择 GB18030。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 是文件夹；请加上文件名。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message>
        <source>Try a demo archive instead</source>
        <translation>改为试用演示档案库</translation>
    </message>
    <message>
        <source>Opens a separate archive with made-up customers to look around in; this archive stays new.</source>
        <translation>打开另一个包含虚构客户的档案库供您体验；当前档案库保持为新建状态。</translation>
    </message>
</context>
<context>
    <name>FollowUpBanner</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1，已超时</translation>
    </message>
    <message>
        <source>&lt;b&gt;Return visit:&lt;/b&gt; %1 (due %2)</source>
        <translation>&lt;b&gt;回访：&lt;/b&gt;%1（截止日期 %2）</translation>
    </message>
    <message>
        <source>Follows: %1</source>
        <translation>关联：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered call(s) so far.</source>
        <translation>
            <numerusform>目前已有 %n 次未接通。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDesk</name>
    <message>
        <source>Finish or close the return visit that is open first.</source>
        <translation>请先完成或关闭当前打开的回访。</translation>
    </message>
    <message>
        <source>%1&apos;s follow-up was already dealt with at another desk.</source>
        <translation>%1 的回访已在其他工位处理。</translation>
    </message>
    <message>
        <source>Save the profile first: follow-ups belong to a saved customer.</source>
        <translation>请先保存客户档案：回访只能添加到已保存的客户。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Why call, e.g. 确认空调安装后使用情况</source>
        <translation>回访目的，例如：确认空调安装后使用情况</translation>
    </message>
    <message>
        <source>&amp;Purpose *</source>
        <translation>回访目的(&amp;P) *</translation>
    </message>
    <message>
        <source>The day to call (Alt+Down opens the calendar)</source>
        <translation>回访日期（按 Alt+↓ 打开日历）</translation>
    </message>
    <message>
        <source>&amp;Due on *</source>
        <translation>回访日期(&amp;D) *</translation>
    </message>
    <message>
        <source>The user name of who calls; empty: anyone at the desk</source>
        <translation>负责回访的用户名；留空则前台任何人均可回访</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>回访人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Follows</source>
        <translation>关联(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the follow-up (Enter; Ctrl+Enter in the notes)</source>
        <translation>保存回访（Enter；在备注中按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation>（任何人）</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>FollowUpLinks</name>
    <message>
        <source>Purchase of %1: %2 ×%3, %4</source>
        <translation>%1 的消费记录：%2 ×%3，%4</translation>
    </message>
    <message>
        <source>Service request of %1: %2 (%3)</source>
        <translation>%1 的服务请求：%2（%3）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%2 的 %1 — %3</translation>
    </message>
    <message>
        <source>The linked purchase cannot be shown: %1</source>
        <translation>无法显示关联的消费记录：%1</translation>
    </message>
    <message>
        <source>The linked service request cannot be shown: %1</source>
        <translation>无法显示关联的服务请求：%1</translation>
    </message>
    <message>
        <source>The linked complaint cannot be shown: %1</source>
        <translation>无法显示关联的投诉：%1</translation>
    </message>
    <message>
        <source>The linked complaint is no longer in the archive.</source>
        <translation>关联的投诉已不在档案库中。</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>有 %n 个字段需要修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what the follow-up is for.</source>
        <translation>请填写回访目的。</translation>
    </message>
    <message>
        <source>A purpose has at most %1 characters.</source>
        <translation>回访目的最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose the day the customer is to be contacted.</source>
        <translation>请选择联系客户的日期。</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 is not an active staff member. Choose who will contact the customer from the list.</source>
        <translation>%1 不是在职员工。请从列表中选择由谁联系客户。</translation>
    </message>
    <message>
        <source>The linked purchase no longer exists.</source>
        <translation>关联的消费记录已不存在。</translation>
    </message>
    <message>
        <source>The linked purchase is another customer&apos;s.</source>
        <translation>关联的消费记录属于其他客户。</translation>
    </message>
    <message>
        <source>The linked service request no longer exists.</source>
        <translation>关联的服务请求已不存在。</translation>
    </message>
    <message>
        <source>The linked service request is another customer&apos;s.</source>
        <translation>关联的服务请求属于其他客户。</translation>
    </message>
    <message>
        <source>The linked complaint no longer exists.</source>
        <translation>关联的投诉已不存在。</translation>
    </message>
    <message>
        <source>The linked complaint is another customer&apos;s.</source>
        <translation>关联的投诉属于其他客户。</translation>
    </message>
    <message>
        <source>Say what came of the call.</source>
        <translation>请填写回访结果。</translation>
    </message>
    <message>
        <source>An outcome has at most %1 characters.</source>
        <translation>回访结果最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A satisfaction score is from 1 to 5 (or leave it empty).</source>
        <translation>满意度评分应为 1 到 5（或留空）。</translation>
    </message>
    <message>
        <source>A recommendation score is from 0 to 10 (or leave it empty).</source>
        <translation>推荐评分应为 0 到 10（或留空）。</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>该回访已不存在。</translation>
    </message>
    <message>
        <source>This follow-up was changed by %1 at %2 after you opened it. Nothing was saved: reload it to see their changes, then make yours again.</source>
        <translation>在您打开之后，%1 于 %2 修改了该回访。您的修改没有保存：请重新载入查看对方的修改，然后再重新修改。</translation>
    </message>
    <message>
        <source>This follow-up is done already. Plan a new one to contact the customer again.</source>
        <translation>该回访已完成。如需再次联系客户，请重新安排一次回访。</translation>
    </message>
    <message>
        <source>This follow-up is closed. Plan a new one to contact the customer again.</source>
        <translation>该回访已关闭。如需再次联系客户，请重新安排一次回访。</translation>
    </message>
    <message>
        <source>This follow-up has not been saved yet.</source>
        <translation>该回访尚未保存。</translation>
    </message>
    <message>
        <source>Say why the customer need not be contacted any more.</source>
        <translation>请填写不再需要联系客户的原因。</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>原因最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>FollowUpRules</name>
    <message>
        <source>Enter a number of days from 0 to %1.</source>
        <translation>请输入 0 到 %1 之间的天数。</translation>
    </message>
    <message>
        <source>Enter a number of calls from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的呼叫次数。</translation>
    </message>
    <message>
        <source>The follow-up rules were not saved: correct the marked values.</source>
        <translation>回访规则未保存：请更正标出的数值。</translation>
    </message>
    <message>
        <source>Return visit after the purchase of %1</source>
        <translation>购买 %1 后回访</translation>
    </message>
    <message>
        <source>Return visit after the service request “%1” was closed</source>
        <translation>服务请求“%1”关闭后回访</translation>
    </message>
    <message>
        <source>Confirm the complaint&apos;s resolution with the customer</source>
        <translation>与客户确认投诉的处理结果</translation>
    </message>
    <message>
        <source>Check that the fix of the complaint held</source>
        <translation>检查投诉的处理效果是否持续</translation>
    </message>
    <message>
        <source>Birthday greetings need today&apos;s date.</source>
        <translation>安排生日问候需要今天的日期。</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日问候</translation>
    </message>
</context>
<context>
    <name>FollowUpRulesDialog</name>
    <message>
        <source>Follow-up rules</source>
        <translation>回访规则</translation>
    </message>
    <message>
        <source>After a &amp;purchase</source>
        <translation>消费后(&amp;P)</translation>
    </message>
    <message>
        <source> days after the purchase</source>
        <translation> 天（消费后）</translation>
    </message>
    <message>
        <source>After a service &amp;request is closed</source>
        <translation>服务请求关闭后(&amp;R)</translation>
    </message>
    <message>
        <source> days after it is closed</source>
        <translation> 天（关闭后）</translation>
    </message>
    <message>
        <source>After a complaint is resolved: &amp;confirm the outcome</source>
        <translation>投诉解决后：确认处理结果(&amp;C)</translation>
    </message>
    <message>
        <source> days after it is resolved</source>
        <translation> 天（解决后）</translation>
    </message>
    <message>
        <source>After a complaint is resolved: check the fix &amp;held</source>
        <translation>投诉解决后：检查处理效果是否持续(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Birthday greeting</source>
        <translation>生日问候(&amp;B)</translation>
    </message>
    <message>
        <source> days ahead of the birthday</source>
        <translation> 天（生日前）</translation>
    </message>
    <message>
        <source>Plan a return visit automatically</source>
        <translation>自动安排回访</translation>
    </message>
    <message>
        <source>Calls nobody answers</source>
        <translation>未接通的电话</translation>
    </message>
    <message>
        <source> unanswered calls</source>
        <translation> 次未接通后</translation>
    </message>
    <message>
        <source>&amp;Unreachable after</source>
        <translation>判定为无法联系(&amp;U)</translation>
    </message>
    <message>
        <source>Changes apply to purchases, requests and complaints from now on; follow-ups already planned stay as they are. Unanswered calls are tried again on the next working day.</source>
        <translation>修改只对此后的消费记录、服务请求和投诉生效；已安排的回访保持不变。未接通的电话将在下一个工作日重拨。</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message numerus="yes">
        <source>%1, %n unanswered</source>
        <translation>
            <numerusform>%1，%n 次未接通</numerusform>
        </translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation>（任何人）</translation>
    </message>
    <message>
        <source>Plan follow-up…</source>
        <translation>安排回访…</translation>
    </message>
    <message>
        <source>Plan a call back to this customer (Ctrl+Shift+F)</source>
        <translation>为该客户安排回访电话（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the purpose, day or assignee of a planned follow-up</source>
        <translation>修改已安排回访的回访目的、日期或回访人</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <source>Record what came of the call (Return)</source>
        <translation>记录回访结果（Enter）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超时）</translation>
    </message>
    <message>
        <source>CSAT %1/5</source>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>Save the profile first to plan return visits.</source>
        <translation>请先保存客户档案，再安排回访。</translation>
    </message>
    <message>
        <source>No return visits yet. Plan one with Ctrl+Shift+F.</source>
        <translation>还没有回访记录。按 Ctrl+Shift+F 安排一次。</translation>
    </message>
    <message>
        <source>No return visits yet.</source>
        <translation>还没有回访记录。</translation>
    </message>
    <message>
        <source>Follow-up planned for %1: %2</source>
        <translation>已安排 %1 的回访：%2</translation>
    </message>
</context>
<context>
    <name>HistoryCustomer</name>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased. Nothing new can be recorded for them.</source>
        <translation>该客户的个人信息已删除，不能再为其添加新记录。</translation>
    </message>
</context>
<context>
    <name>HistoryLabels</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Training / event</source>
        <translation>培训/活动</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>客户接触</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>需求分析</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案制定</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行实施</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>The currency symbol of yuan (CNY) before an amount.</extracomment>
        <translation>¥%1</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
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
    <name>ImportCheckPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is read and checked as the import would do it. Nothing is written to the archive yet.</source>
        <translation>按实际导入的方式逐行读取并检查。此时尚未向档案库写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Save e&amp;rrors as CSV…</source>
        <translation>将错误另存为 CSV(&amp;R)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>&amp;Stop checking</source>
        <translation>停止检查(&amp;S)</translation>
    </message>
    <message>
        <source>The check was stopped. Check again before importing.</source>
        <translation>检查已停止。导入前请重新检查。</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>此文件无法导入：%1</translation>
    </message>
    <message>
        <source>All rows can be imported. Press Import to bring them into the archive.</source>
        <translation>所有行均可导入。点击“导入”即可将其导入档案库。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have errors and will be left out; the others can be imported.</source>
        <translation>
            <numerusform>%Ln 行有错误，将被跳过；其余行可以导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have errors, so nothing can be imported yet. Correct the file and check again, or go back and choose to leave out rows with errors.</source>
        <translation>
            <numerusform>%Ln 行有错误，因此暂时无法导入任何内容。请更正文件后重新检查，或返回上一步，选择跳过有错误的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Errors: the first %L1 of %L2</source>
        <translation>错误(&amp;E)：前 %L1 个，共 %L2 个</translation>
    </message>
    <message>
        <source>&amp;Errors: %L1</source>
        <translation>错误(&amp;E)：%L1 个</translation>
    </message>
    <message>
        <source>%1 errors.csv</source>
        <translation>%1 错误.csv</translation>
    </message>
    <message>
        <source>Save the errors</source>
        <translation>保存错误</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The errors could not be saved: %1</source>
        <translation>无法保存错误：%1</translation>
    </message>
</context>
<context>
    <name>ImportCountsView</name>
    <message>
        <source>Customers created for rows without one:</source>
        <translation>为无对应客户的行新建的客户：</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>已读取行数：</translation>
    </message>
    <message>
        <source>Skipped as duplicates:</source>
        <translation>因重复而跳过：</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>有错误的行：</translation>
    </message>
    <message>
        <source>New (would be created):</source>
        <translation>新增（将创建）：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>已创建：</translation>
    </message>
    <message>
        <source>Would be updated:</source>
        <translation>将更新：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>已更新：</translation>
    </message>
    <message>
        <source>Lines without a row (left out):</source>
        <translation>不含数据的行（已略过）：</translation>
    </message>
    <message>
        <source>… and more.</source>
        <translation>……等等。</translation>
    </message>
</context>
<context>
    <name>ImportCustomers</name>
    <message>
        <source>The row names no customer: its customer columns are all empty.</source>
        <translation>该行未指明客户：其客户相关列均为空。</translation>
    </message>
</context>
<context>
    <name>ImportErrorsModel</name>
    <message>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>数据行号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>客户电子邮箱</translation>
    </message>
    <message>
        <source>Customer&apos;s id in the source system</source>
        <translation>客户在原系统中的 ID</translation>
    </message>
    <message>
        <source>Customer name (to create missing customers)</source>
        <translation>客户名称（用于新建档案库中尚无的客户）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Person or organization</source>
        <translation>个人或单位</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
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
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>备用电话</translation>
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
        <source>Source</source>
        <translation>客户来源</translation>
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
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <source>Id in the source system</source>
        <translation>原系统中的客户 ID</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>消费日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>Sub-reason</source>
        <translation>详细原因</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>交互记录</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON: %1</source>
        <translation>映射文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The mapping names an unknown kind of import &quot;%1&quot;; use customers, purchases, interactions or complaints.</source>
        <translation>映射文件指定了未知的导入类型“%1”；请使用 customers、purchases、interactions 或 complaints。</translation>
    </message>
    <message>
        <source>The mapping names a field &quot;%1&quot; that %2 do not have.</source>
        <translation>映射文件指定的字段“%1”在%2中不存在。</translation>
    </message>
    <message>
        <source>The mapping gives no column for the field &quot;%1&quot;.</source>
        <translation>映射文件没有为字段“%1”指定列。</translation>
    </message>
    <message>
        <source>The mapping&apos;s on_duplicate &quot;%1&quot; is not one of create, update, skip.</source>
        <translation>映射文件中 on_duplicate 的值“%1”无效，应为 create、update、skip 之一。</translation>
    </message>
    <message>
        <source>The mapping&apos;s decimal separator must be &quot;.&quot; or &quot;,&quot;, not &quot;%1&quot;.</source>
        <translation>映射文件中的小数分隔符必须是“.”或“,”，而不是“%1”。</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (mapped to %2).</source>
        <translation>文件中没有“%1”列（映射到字段 %2）。</translation>
    </message>
    <message>
        <source>No column is mapped to the required field &quot;%1&quot;.</source>
        <translation>没有列映射到必填字段“%1”。</translation>
    </message>
    <message>
        <source>No column identifies the customer: map a customer code, phone, email or id from the source system.</source>
        <translation>没有用于识别客户的列：请映射客户编号、电话、电子邮箱或原系统中的客户 ID。</translation>
    </message>
    <message>
        <source>Creating missing customers needs a column with the customer&apos;s name.</source>
        <translation>要自动创建不存在的客户，需要有一列客户姓名。</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Choose a CSV file, as saved by Excel or another program, and say what it holds. Nothing is written to the archive until the last step.</source>
        <translation>选择一个 CSV 文件（由 Excel 或其他程序保存），并说明其中的内容。在最后一步之前，不会向档案库写入任何内容。</translation>
    </message>
    <message>
        <source>Type the file&apos;s path or choose it with Browse…</source>
        <translation>输入文件路径，或点击“浏览…”选择文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>文件内容(&amp;H)：</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a CSV file.</source>
        <translation>%1 是文件夹。请选择一个 CSV 文件。</translation>
    </message>
    <message>
        <source>You may not read %1. Ask whoever gave you the file, or copy it somewhere you can read it.</source>
        <translation>您无权读取 %1。请联系提供该文件的人，或将其复制到您有权读取的位置。</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>One customer per row: name, phones, email, address…</source>
        <translation>每行一位客户：姓名、电话、电子邮箱、地址…</translation>
    </message>
    <message>
        <source>One purchase per row, with the customer&apos;s code, phone or email.</source>
        <translation>每行一条消费记录，并附客户编号、电话或电子邮箱。</translation>
    </message>
    <message>
        <source>One call, visit or message per row, with the customer&apos;s code, phone or email.</source>
        <translation>每行一次通话、到访或消息，并附客户编号、电话或电子邮箱。</translation>
    </message>
    <message>
        <source>One complaint per row, with the customer&apos;s code, phone or email.</source>
        <translation>每行一条投诉，并附客户编号、电话或电子邮箱。</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>No customer in the archive matches this row&apos;s customer columns.</source>
        <translation>档案库中没有与此行客户列相匹配的客户。</translation>
    </message>
    <message>
        <source>The product is missing.</source>
        <translation>缺少产品。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单号 %1</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>The row has neither an amount nor a unit price.</source>
        <translation>此行既没有金额，也没有单价。</translation>
    </message>
    <message>
        <source>The summary is missing.</source>
        <translation>缺少摘要。</translation>
    </message>
    <message>
        <source>The description is missing.</source>
        <translation>缺少描述。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sub-reason of %2.</source>
        <translation>“%1”不是投诉原因“%2”下的详细原因。</translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <source>There is no import %1.</source>
        <translation>不存在编号为 %1 的导入。</translation>
    </message>
    <message>
        <source>The import of %1 was undone already, by %2 at %3.</source>
        <translation>%1 的导入已由 %2 于 %3 撤销。</translation>
    </message>
    <message>
        <source>The import of %1 cannot be undone: the customer %2 was changed by %3 at %4 after the import. Nothing was undone.</source>
        <translation>无法撤销 %1 的导入：导入后，客户 %2 已被 %3 于 %4 修改。未撤销任何内容。</translation>
    </message>
    <message>
        <source>The import of %1 cannot be undone: the customer %2 it created has history recorded since. Nothing was undone.</source>
        <translation>无法撤销 %1 的导入：此次导入创建的客户 %2 此后已有新的记录。未撤销任何内容。</translation>
    </message>
    <message>
        <source>The import of %1 cannot be undone: the history it brought in for %2 was worked on since. Nothing was undone.</source>
        <translation>无法撤销 %1 的导入：此次为 %2 导入的记录此后已被处理过。未撤销任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns and fields</source>
        <translation>列与字段</translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for each field of the archive. The columns were matched by their names; a field left empty is not imported.</source>
        <translation>请为档案库的每个字段选择文件中对应的列。各列已按列名自动匹配；留空的字段不会导入。</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <source>Update the customer with the row&apos;s values</source>
        <translation>用该行的值更新客户</translation>
    </message>
    <message>
        <source>Create another customer</source>
        <translation>新建另一个客户</translation>
    </message>
    <message>
        <source>Create customers &amp;not in the archive (needs the customer&apos;s name)</source>
        <translation>新建档案库中尚无的客户（需有客户姓名）(&amp;N)</translation>
    </message>
    <message>
        <source>Leave out rows &amp;with errors and import the rest</source>
        <translation>跳过有错误的行，导入其余行(&amp;W)</translation>
    </message>
    <message>
        <source>Automatic (decided for each column)</source>
        <translation>自动（按列分别判断）</translation>
    </message>
    <message>
        <source>%1 (as in %2)</source>
        <translation>%1（如 %2）</translation>
    </message>
    <message>
        <source>Point (1234.56)</source>
        <translation>句点（1234.56）</translation>
    </message>
    <message>
        <source>Comma (1234,56)</source>
        <translation>逗号（1234,56）</translation>
    </message>
    <message>
        <source>for example: unknown, N/A, -</source>
        <translation>例如：无, 未知, N/A, -</translation>
    </message>
    <message>
        <source>Customer already in the &amp;archive:</source>
        <translation>档案库中已有该客户时(&amp;A)：</translation>
    </message>
    <message>
        <source>Dates are &amp;written as:</source>
        <translation>日期格式(&amp;W)：</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>小数分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>Cells meaning &quot;no &amp;value&quot;:</source>
        <translation>表示“无值”的单元格(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>加载映射(&amp;L)…</translation>
    </message>
    <message>
        <source>Save &amp;mapping…</source>
        <translation>保存映射(&amp;M)…</translation>
    </message>
    <message>
        <source>Field of the archive</source>
        <translation>档案库字段</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Values in the first rows</source>
        <translation>前几行的值</translation>
    </message>
    <message>
        <source>%1 †</source>
        <translation>%1 †</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(column without a name)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <source>* must be filled in every row.</source>
        <translation>* 每一行都必须填写。</translation>
    </message>
    <message>
        <source>† finds the row&apos;s customer: one of these is enough.</source>
        <translation>† 用于查找该行对应的客户：只需为其中一项指定列即可。</translation>
    </message>
    <message>
        <source>Phone, email or external id finds customers already in the archive.</source>
        <translation>电话、电子邮箱或原系统中的客户 ID 可用于查找档案库中已有的客户。</translation>
    </message>
    <message>
        <source>(empty in the first rows)</source>
        <translation>（前几行均为空）</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>加载映射</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>映射文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This mapping is for %1, but the file is being imported as %2. Go back to the first step to change what the file holds.</source>
        <translation>此映射适用于%1，但当前文件正作为%2导入。请返回第一步，更改文件所含数据的类型。</translation>
    </message>
    <message>
        <source>The mapping %1 cannot be used: %2</source>
        <translation>无法使用映射文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 mapping.json</source>
        <translation>%1映射.json</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>映射文件 (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be saved as %1: %2</source>
        <translation>无法将映射保存为 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportProgressBox</name>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>ImportReadingPage</name>
    <message>
        <source>How the file reads</source>
        <translation>文件读取方式</translation>
    </message>
    <message>
        <source>Check that the rows below look right: names readable, one value per column. If they do not, choose the encoding or the delimiter yourself.</source>
        <translation>请检查下方各行是否正确：姓名等文字显示正常（无乱码），每列一个值。如果不正确，请自行选择编码或分隔符。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>自动识别：%1</translation>
    </message>
    <message>
        <source>Read as %1, as you chose.</source>
        <translation>按您的选择，以 %1 编码读取。</translation>
    </message>
    <message>
        <source>Split at %1, as you chose.</source>
        <translation>按您的选择，以%1分隔。</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is read now: %1</source>
        <translation>按当前读取方式，此文件无法导入：%1</translation>
    </message>
    <message>
        <source>No lines are left out before or among the rows below.</source>
        <translation>下方各行之前及之间没有略过任何行。</translation>
    </message>
    <message>
        <source>&amp;Lines left out (not data), up to the last row shown: %L1</source>
        <translation>已略过的非数据行(&amp;L)（截至所显示的最后一行）：%L1</translation>
    </message>
    <message>
        <source>&amp;Rows: none can be shown.</source>
        <translation>数据行(&amp;R)：无法显示任何行。</translation>
    </message>
    <message>
        <source>&amp;Rows: all %L1 of the file, under the header of line %L2</source>
        <translation>数据行(&amp;R)：文件全部 %L1 行，表头位于第 %L2 行</translation>
    </message>
    <message>
        <source>&amp;Rows: the first %L1, under the header of line %L2</source>
        <translation>数据行(&amp;R)：前 %L1 行，表头位于第 %L2 行</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Row</source>
        <translation>数据行号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The file is imported as one whole: if it is cancelled or fails, the archive stays exactly as it was.</source>
        <translation>文件将作为一个整体导入：如果导入被取消或失败，档案库将完全保持原样。</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>撤销本次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>重新导入(&amp;A)</translation>
    </message>
    <message>
        <source>Importing %1… Cancel stops the import and leaves the archive exactly as it was.</source>
        <translation>正在导入 %1…点击“取消导入”将停止导入，档案库完全保持原样。</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed in the archive.</source>
        <translation>导入已取消。档案库未做任何更改。</translation>
    </message>
    <message>
        <source>The file was not imported: %1 Nothing was changed in the archive.</source>
        <translation>文件未导入：%1档案库未做任何更改。</translation>
    </message>
    <message>
        <source>&amp;Rows left out: %L1</source>
        <translation>略过的行(&amp;R)：%L1</translation>
    </message>
    <message>
        <source>&amp;Errors: %L1</source>
        <translation>错误(&amp;E)：%L1</translation>
    </message>
    <message>
        <source>Nothing was imported: rows have errors (the file may have changed since the check). The archive was not changed.</source>
        <translation>未导入任何内容：部分行存在错误（文件可能在检查后被修改过）。档案库未做任何更改。</translation>
    </message>
    <message>
        <source>The file was imported. If it was the wrong file, or the wrong columns, you can undo the whole import here or later with File &gt; Past imports…</source>
        <translation>文件已导入。如果导错了文件或列对应有误，可以在此处撤销整个导入，也可以稍后通过“文件 &gt; 导入历史…”撤销。</translation>
    </message>
    <message>
        <source>The import was undone: the archive is as it was before it.</source>
        <translation>导入已撤销：档案库已恢复到导入之前的状态。</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>The %1 records it created are deleted.</source>
        <translation>将删除此次导入创建的 %1 条记录。</translation>
    </message>
    <message>
        <source>The %1 records it updated get their earlier values back.</source>
        <translation>此次导入更新的 %1 条记录将恢复为原来的值。</translation>
    </message>
    <message>
        <source>Undo the import of %1?</source>
        <translation>要撤销 %1 的导入吗？</translation>
    </message>
    <message>
        <source>If any of them was changed since the import, nothing is undone.</source>
        <translation>如果其中任何记录在导入后被修改过，则不会撤销任何内容。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>正在撤销 %1 的导入…</translation>
    </message>
    <message>
        <source>The import of %1 was not undone: %2</source>
        <translation>%1 的导入未能撤销：%2</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>Not a date in the form %1: %2</source>
        <translation>不是 %1 格式的日期：%2</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>不是日期：%1</translation>
    </message>
    <message>
        <source>The date %1 is written differently from the column&apos;s earlier dates.</source>
        <translation>日期 %1 的写法与该列前面的日期不一致。</translation>
    </message>
    <message>
        <source>Not a valid date: %1</source>
        <translation>不是有效日期：%1</translation>
    </message>
    <message>
        <source>Not an amount: %1 (the file seems to use a decimal comma; choose it as the decimal separator)</source>
        <translation>不是金额：%1（文件似乎使用逗号作为小数点，请将小数分隔符设为逗号）</translation>
    </message>
    <message>
        <source>Not an amount: %1</source>
        <translation>不是金额：%1</translation>
    </message>
    <message>
        <source>Not a whole number: %1</source>
        <translation>不是整数：%1</translation>
    </message>
    <message>
        <source>Not a duration (seconds or h:mm:ss): %1</source>
        <translation>不是时长（秒数或 h:mm:ss）：%1</translation>
    </message>
    <message>
        <source>Not yes or no: %1</source>
        <translation>不是“是”或“否”：%1</translation>
    </message>
    <message>
        <source>%1 is a number Excel wrote in scientific notation: its digits were lost when the file was saved. Format the column as text in Excel and save again.</source>
        <translation>%1 是 Excel 以科学计数法写入的数字：保存文件时部分数字已丢失。请在 Excel 中将该列设为文本格式，然后重新保存。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下选项之一：%2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a CSV file</source>
        <translation>导入 CSV 文件</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file %1 cannot be imported as %2: %3</source>
        <translation>文件 %1 无法作为%2导入：%3</translation>
    </message>
    <message>
        <source>The import was cancelled; the archive is unchanged.</source>
        <translation>导入已取消，档案库未作任何更改。</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Past imports</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建数</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>The imports cannot be listed: %1</source>
        <translation>无法列出导入历史：%1</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Undone %1 by %2</source>
        <translation>已由 %2 于 %1 撤销</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Write a short summary of the contact.</source>
        <translation>请简要填写本次联系的内容。</translation>
    </message>
    <message>
        <source>A summary has at most %1 characters.</source>
        <translation>摘要最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A result has at most %1 characters.</source>
        <translation>结果最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation>时长必须在 0 到 24 小时之间。</translation>
    </message>
    <message>
        <source>Enter when the contact took place.</source>
        <translation>请输入联系的时间。</translation>
    </message>
    <message>
        <source>The contact cannot be in the future. Check the date and time.</source>
        <translation>联系时间不能晚于现在，请检查日期和时间。</translation>
    </message>
    <message>
        <source>Choose a channel from the list.</source>
        <translation>请从列表中选择渠道。</translation>
    </message>
    <message>
        <source>Choose inbound or outbound.</source>
        <translation>请选择呼入或呼出。</translation>
    </message>
    <message>
        <source>Choose a type from the list.</source>
        <translation>请从列表中选择类型。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>有 %n 个字段需要修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>This interaction no longer exists.</source>
        <translation>该交互记录已不存在。</translation>
    </message>
</context>
<context>
    <name>InteractionsPanel</name>
    <message>
        <source>What was it about? Enter logs it</source>
        <translation>沟通内容，按 Enter 记录</translation>
    </message>
    <message>
        <source>Result (optional)</source>
        <translation>结果（选填）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>How long it took, in minutes</source>
        <translation>用时（分钟）</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Log the interaction (Enter)</source>
        <translation>记录这次交互（Enter）</translation>
    </message>
    <message>
        <source>Log an interaction (Ctrl+L) — now, by you:</source>
        <translation>记录交互（Ctrl+L）— 时间为现在，记录人为您：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Save the profile first to log interactions.</source>
        <translation>请先保存客户档案，再记录交互。</translation>
    </message>
    <message>
        <source>No interactions yet. Log the first one above.</source>
        <translation>还没有交互记录。请在上方记录第一条。</translation>
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation>已记录交互。</translation>
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
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>删除个人信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Open archive on a &amp;server…</source>
        <translation>打开服务器上的档案库(&amp;S)…</translation>
    </message>
    <message>
        <source>Recent arc&amp;hives</source>
        <translation>最近打开的档案库(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backups are made on the server</source>
        <translation>备份在服务器上进行</translation>
    </message>
    <message>
        <source>This archive is on a PostgreSQL server: its backups are made there, with pg_dump, by the server&apos;s administrator.</source>
        <translation>该档案库位于 PostgreSQL 服务器上：由服务器管理员在服务器上用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>E&amp;xport customer&apos;s data…</source>
        <translation>导出客户个人信息(&amp;X)…</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was taken off the list of recent archives.</source>
        <translation>%1 已不存在，已从最近打开的档案库列表中移除。</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <source>Not restored; the archive is as it was.</source>
        <translation>未恢复，档案库保持原样。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>&amp;Log interaction</source>
        <translation>记录交互(&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;purchase…</source>
        <translation>新建消费记录(&amp;P)…</translation>
    </message>
    <message>
        <source>New service &amp;request…</source>
        <translation>新建服务请求(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Classification rules…</source>
        <translation>客户细分规则(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>Re-classified: %n customer(s) changed class.</source>
        <translation>
            <numerusform>已重新划分客户：%n 位客户的类别有变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hoice lists…</source>
        <translation>选项列表(&amp;H)…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Plan f&amp;ollow-up…</source>
        <translation>安排回访(&amp;O)…</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>回访(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日待办(&amp;T)</translation>
    </message>
    <message>
        <source>Overdue, today&apos;s and upcoming return visits</source>
        <translation>已超时、今日及即将到期的回访</translation>
    </message>
    <message>
        <source>New &amp;complaint…</source>
        <translation>新建投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>投诉(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Review complaints…</source>
        <translation>审阅投诉(&amp;R)…</translation>
    </message>
    <message>
        <source>Complaint &amp;SLAs…</source>
        <translation>投诉处理时限(&amp;S)…</translation>
    </message>
    <message>
        <source>Complaint SLAs saved: they apply to complaints received from now on.</source>
        <translation>投诉处理时限已保存：适用于此后收到的投诉。</translation>
    </message>
    <message>
        <source>&amp;Follow-up rules…</source>
        <translation>回访规则(&amp;F)…</translation>
    </message>
    <message>
        <source>The follow-up rules were saved.</source>
        <translation>回访规则已保存。</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reports and CSV export…</source>
        <translation>报表与 CSV 导出(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV file…</source>
        <translation>导入 CSV 文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Past i&amp;mports…</source>
        <translation>导入历史(&amp;M)…</translation>
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
    <name>OpenServerDialog</name>
    <message>
        <source>Open archive on a server — ServiceArchive</source>
        <translation>打开服务器上的档案库 — 服务档案</translation>
    </message>
    <message>
        <source>An archive on a PostgreSQL server, shared by several desks. The password is asked for when the server wants one; it is never saved.</source>
        <translation>PostgreSQL 服务器上的档案库，供多个工位共用。服务器需要密码时会提示输入；密码不会被保存。</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com，或套接字文件夹，如 /run/postgresql</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>必须使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS and verify the server&apos;s certificate</source>
        <translation>必须使用 TLS 并验证服务器证书</translation>
    </message>
    <message>
        <source>The fields above as one address; paste an address here to fill them.</source>
        <translation>由以上各项组成的地址；在此粘贴地址可自动填写以上各项。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>数据库用户</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>其他参数：%1</translation>
    </message>
    <message>
        <source>A server address starts with postgresql:// — for an archive file use File &gt; Open archive.</source>
        <translation>服务器地址以 postgresql:// 开头；档案库文件请通过“文件 &gt; 打开档案库”打开。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or IP address.</source>
        <translation>请输入服务器名称或 IP 地址。</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>Enter the database user to connect as.</source>
        <translation>请输入用于连接的数据库用户。</translation>
    </message>
    <message>
        <source>A server name must not contain spaces.</source>
        <translation>服务器名称不能包含空格。</translation>
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
    <name>PasswordPrompt</name>
    <message>
        <source>Server password — ServiceArchive</source>
        <translation>服务器密码 — 服务档案</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>The server of the archive &lt;b&gt;%1&lt;/b&gt; asks for the password of the database user &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>档案库 &lt;b&gt;%1&lt;/b&gt; 所在的服务器要求输入数据库用户 &lt;b&gt;%2&lt;/b&gt; 的密码。</translation>
    </message>
    <message>
        <source>It is kept only while the archive is open, never saved.</source>
        <translation>密码仅在档案库打开期间保留，不会被保存。</translation>
    </message>
    <message>
        <source>That password was not accepted. Try again.</source>
        <translation>密码未被接受，请重试。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message>
        <source>assign and close complaints</source>
        <translation>分配和关闭投诉</translation>
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
    <name>PostgresCopy</name>
    <message>
        <source>Loading the table %1 failed: %2</source>
        <translation>载入表 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>PostgresServer</name>
    <message>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>当前安装无法连接 PostgreSQL 服务器：缺少 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of the database user %2.</source>
        <translation>服务器 %1 要求输入数据库用户 %2 的密码。</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>无法打开档案库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 has no schema for the archive: none of the schemas in the search path exists. Create one owned by the database user (see README, &quot;Several desks, one archive&quot;).</source>
        <translation>数据库 %1 中没有可存放档案库的模式（schema）：搜索路径（search_path）中的模式都不存在。请创建一个归该数据库用户所有的模式（见 README 中的“Several desks, one archive”一节）。</translation>
    </message>
    <message>
        <source>The schema %1 of %2 holds tables of another program, not a service archive. It was left unchanged.</source>
        <translation>%2 中的模式 %1 存放的是其他程序的表，不是服务档案库。该模式未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ServiceArchive (archive format %2; this version reads up to %3). Please update the application. The archive was left unchanged.</source>
        <translation>%1 由更新版本的服务档案写入（档案库格式 %2，本版本最高支持 %3）。请升级应用程序。档案库未做任何改动。</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>no value tier yet</source>
        <translation>尚未评定价值等级</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>last contact %1 · open requests %2</source>
        <translation>最近联系 %1 · 未结服务单 %2</translation>
    </message>
    <message>
        <source>No purchases yet · %1</source>
        <translation>尚无消费 · %1</translation>
    </message>
    <message numerus="yes">
        <source>Spend %1 net of refunds · %n purchase(s), average %2 · first %3, last %4 · %5</source>
        <translation>
            <numerusform>累计消费 %1（已扣除退款）· 消费 %n 次，客单价 %2 · 首次 %3，最近 %4 · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileTabs</name>
    <message>
        <source>Profile</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>交互记录</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>服务时间线</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Save the profile first: interactions belong to a saved customer.</source>
        <translation>请先保存客户档案：交互记录只能添加到已保存的客户。</translation>
    </message>
    <message>
        <source>Save the profile first: requests belong to a saved customer.</source>
        <translation>请先保存客户档案：服务请求只能添加到已保存的客户。</translation>
    </message>
    <message>
        <source>Save the profile first: purchases belong to a saved customer.</source>
        <translation>请先保存客户档案：消费记录只能添加到已保存的客户。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Save the profile first: complaints belong to a saved customer.</source>
        <translation>请先保存客户档案：投诉只能添加到已保存的客户。</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>New purchase</source>
        <translation>新建消费记录</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>The day of the purchase (Alt+Down opens the calendar)</source>
        <translation>消费日期（按 Alt+↓ 打开日历）</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. 空调 KFR-35GW</source>
        <translation>例如 空调 KFR-35GW</translation>
    </message>
    <message>
        <source>&amp;Product *</source>
        <translation>产品(&amp;P) *</translation>
    </message>
    <message>
        <source>e.g. 家电</source>
        <translation>例如 家电</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>品类(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>yuan, e.g. 3999.50</source>
        <translation>单位：元，例如 3999.50</translation>
    </message>
    <message>
        <source>&amp;Unit price</source>
        <translation>单价(&amp;U)</translation>
    </message>
    <message>
        <source>quantity × unit price; type what was paid after a discount</source>
        <translation>数量 × 单价；如有折扣，请填写实付金额</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>Pa&amp;yment method</source>
        <translation>支付方式(&amp;Y)</translation>
    </message>
    <message>
        <source>where it was bought, e.g. store, online shop</source>
        <translation>购买渠道，例如门店、网店</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Save the purchase (Enter; Ctrl+Enter in the notes)</source>
        <translation>保存消费记录（Enter；在备注中按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Purchase: %1</source>
        <translation>消费记录：%1</translation>
    </message>
    <message>
        <source>Your role may look at purchases but not change them.</source>
        <translation>您的角色可以查看消费记录，但不能修改。</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type yuan with at most two decimals, e.g. 3999.50.</source>
        <translation>“%1”不是有效的金额。请以元为单位输入，最多两位小数，例如 3999.50。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>有 %n 个字段需要修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseRepository</name>
    <message>
        <source>This purchase no longer exists.</source>
        <translation>该消费记录已不存在。</translation>
    </message>
    <message>
        <source>This return no longer exists.</source>
        <translation>该退货记录已不存在。</translation>
    </message>
    <message>
        <source>This purchase was changed by %1 at %2 after you opened it. Nothing was saved: reload it to see their changes, then make yours again.</source>
        <translation>在您打开之后，%1 于 %2 修改了该消费记录。您的修改没有保存：请重新载入查看对方的修改，然后再重新修改。</translation>
    </message>
    <message>
        <source>This purchase has not been saved yet.</source>
        <translation>该消费记录尚未保存。</translation>
    </message>
</context>
<context>
    <name>PurchaseValidator</name>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>有 %n 个字段需要修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>A date before 1900 is not possible here.</source>
        <translation>日期不能早于 1900 年。</translation>
    </message>
    <message>
        <source>Enter the product.</source>
        <translation>请输入产品。</translation>
    </message>
    <message>
        <source>A product name has at most %1 characters.</source>
        <translation>产品名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A category has at most %1 characters.</source>
        <translation>品类最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A channel has at most %1 characters.</source>
        <translation>渠道最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to %1.</source>
        <translation>数量必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>The unit price cannot be more than %1.</source>
        <translation>单价不能超过 %1。</translation>
    </message>
    <message>
        <source>Quantity × unit price comes to more than %1. Check the quantity and the price.</source>
        <translation>数量 × 单价超过了 %1，请检查数量和单价。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount cannot be more than %1.</source>
        <translation>金额不能超过 %1。</translation>
    </message>
    <message>
        <source>The amount cannot be less than what was already refunded on this purchase (%1).</source>
        <translation>金额不能低于该笔消费的已退款金额（%1）。</translation>
    </message>
    <message>
        <source>Choose the payment method.</source>
        <translation>请选择支付方式。</translation>
    </message>
    <message>
        <source>This payment method is not offered. Choose one from the list.</source>
        <translation>该支付方式已停用，请从列表中选择。</translation>
    </message>
    <message>
        <source>Enter the date of the purchase.</source>
        <translation>请输入消费日期。</translation>
    </message>
    <message>
        <source>The purchase date cannot be more than a day ahead.</source>
        <translation>消费日期不能晚于明天。</translation>
    </message>
    <message>
        <source>The purchase date cannot be after its first return (%1).</source>
        <translation>消费日期不能晚于该笔消费的首次退货日期（%1）。</translation>
    </message>
    <message>
        <source>Enter the date of the return.</source>
        <translation>请输入退货日期。</translation>
    </message>
    <message>
        <source>The return date cannot be more than a day ahead.</source>
        <translation>退货日期不能晚于明天。</translation>
    </message>
    <message>
        <source>The return cannot be dated before the purchase (%1).</source>
        <translation>退货日期不能早于消费日期（%1）。</translation>
    </message>
    <message>
        <source>Choose the reason for the return.</source>
        <translation>请选择退货原因。</translation>
    </message>
    <message>
        <source>This return reason is not offered. Choose one from the list.</source>
        <translation>该退货原因已停用，请从列表中选择。</translation>
    </message>
    <message>
        <source>Enter the amount refunded.</source>
        <translation>请输入退款金额。</translation>
    </message>
    <message>
        <source>The refund %1 exceeds what is left to refund on this purchase (%2 of %3).</source>
        <translation>退款金额 %1 超过了该笔消费的可退金额（%3 中还可退 %2）。</translation>
    </message>
</context>
<context>
    <name>PurchasesPanel</name>
    <message>
        <source>New purchase…</source>
        <translation>新建消费记录…</translation>
    </message>
    <message>
        <source>Record a purchase of this customer (Ctrl+Shift+P)</source>
        <translation>为该客户记录一笔消费（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Add return…</source>
        <translation>登记退货…</translation>
    </message>
    <message>
        <source>Record a return and its refund against the selected purchase</source>
        <translation>为所选消费记录登记退货及退款</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>%1 — recorded by %2 on %3</source>
        <translation>%1 — 由 %2 于 %3 记录</translation>
    </message>
    <message>
        <source>Save the profile first to record purchases.</source>
        <translation>请先保存客户档案，再记录消费。</translation>
    </message>
    <message>
        <source>No purchases yet. Record one with Ctrl+Shift+P.</source>
        <translation>还没有消费记录。按 Ctrl+Shift+P 新建一条。</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>还没有消费记录。</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Everything paid for %1 has been refunded already.</source>
        <translation>%1 已全额退款。</translation>
    </message>
</context>
<context>
    <name>RecentArchives</name>
    <message>
        <source>No recent archives</source>
        <translation>没有最近打开的档案库</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RecordVisitDialog</name>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>What came of the call, e.g. 客户满意，问题已解决</source>
        <translation>回访结果，例如：客户满意，问题已解决</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>回访结果(&amp;O) *</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <source>Ask N&amp;PS</source>
        <translation>询问推荐意愿(&amp;P)</translation>
    </message>
    <message>
        <source>How likely is the customer to recommend us to a friend? 0 (not at all likely) to 10 (extremely likely)</source>
        <translation>客户向朋友推荐我们的可能性有多大？0（完全不可能）到 10（极有可能）</translation>
    </message>
    <message>
        <source>0 = not at all likely, 10 = extremely likely</source>
        <translation>0 = 完全不可能，10 = 极有可能</translation>
    </message>
    <message>
        <source>Recommend (NPS)</source>
        <translation>推荐意愿（NPS）</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Record the outcome and the score (Ctrl+Enter)</source>
        <translation>记录回访结果和评分（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>未接通(&amp;N)</translation>
    </message>
    <message>
        <source>Nobody answered: try again on the next working day (Alt+N)</source>
        <translation>无人接听：下一个工作日再拨（Alt+N）</translation>
    </message>
    <message>
        <source>Cance&amp;l follow-up…</source>
        <translation>取消回访(&amp;L)…</translation>
    </message>
    <message>
        <source>The follow-up is no longer needed; say why</source>
        <translation>不再需要此次回访；请说明原因</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close without recording anything (Esc)</source>
        <translation>关闭，不记录任何内容（Esc）</translation>
    </message>
    <message>
        <source>Your role may look at follow-ups but not record them.</source>
        <translation>您的角色可以查看回访，但不能记录回访结果。</translation>
    </message>
    <message>
        <source>This follow-up is no longer planned: nothing to record.</source>
        <translation>该回访已不在计划中，无需记录。</translation>
    </message>
    <message>
        <source>Call &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>致电 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Purpose: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>回访目的：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超时）</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>回访日期：%1</translation>
    </message>
    <message>
        <source> · assigned to %1</source>
        <translation> · 回访人：%1</translation>
    </message>
    <message>
        <source>Follows: %1</source>
        <translation>关联记录：%1</translation>
    </message>
    <message>
        <source>Unanswered calls so far: %1 of %2</source>
        <translation>累计未接通：%1 次（上限 %2 次）</translation>
    </message>
    <message>
        <source>Unanswered calls so far: %1</source>
        <translation>累计未接通：%1 次</translation>
    </message>
    <message>
        <source>Return visit recorded (CSAT %1/5): %2</source>
        <translation>已记录回访（满意度 %1/5）：%2</translation>
    </message>
    <message>
        <source>Return visit recorded: %1</source>
        <translation>已记录回访：%1</translation>
    </message>
    <message numerus="yes">
        <source>No answer again: after %n unanswered call(s) the customer is marked unreachable for this follow-up.</source>
        <translation>
            <numerusform>再次未接通：累计 %n 次未接通后，该客户在此次回访中已标记为无法联系。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer. Next try on %1 (%n unanswered call(s) so far).</source>
        <translation>
            <numerusform>未接通。将于 %1 再次拨打（目前已累计 %n 次未接通）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>取消回访</translation>
    </message>
    <message>
        <source>Why is this follow-up no longer needed? The reason is kept with it.</source>
        <translation>为什么不再需要此次回访？原因将随回访一并保存。</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>原因(&amp;R) *</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Follow-up cancelled: %1</source>
        <translation>已取消回访：%1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Reason</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>A first-level complaint reason; leave it out for all.</source>
        <translation>一级投诉原因；留空则包括全部原因。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The first day counted; leave it out to start at the beginning.</source>
        <translation>统计的第一天；留空则从最早的记录开始。</translation>
    </message>
    <message>
        <source>The last day counted (included); leave it out to go up to today.</source>
        <translation>统计的最后一天（含当天）；留空则统计到今天。</translation>
    </message>
    <message>
        <source>A staff login; leave it out for everyone.</source>
        <translation>员工用户名；留空则包括所有人。</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>“%1”不是以下选项之一：%2。</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <source>There is no report “%1”. The reports are: %2.</source>
        <translation>没有名为“%1”的报表。可用的报表有：%2。</translation>
    </message>
</context>
<context>
    <name>ReportCells</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage in a report&apos;s table, e.g. &quot;12.50 %&quot;</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ReportExportJob</name>
    <message>
        <source>Exporting “%1”…</source>
        <translation>正在导出“%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Exporting “%1”: %2 of %3 rows…</source>
        <translation>正在导出“%1”：第 %2 行，共 %3 行…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>ReportParams</name>
    <message>
        <source>date (yyyy-mm-dd)</source>
        <translation>日期（yyyy-mm-dd）</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>one of a list</source>
        <translation>列表中的一项</translation>
    </message>
    <message>
        <source>staff login</source>
        <translation>员工用户名</translation>
    </message>
    <message>
        <source>The report “%1” has no parameter “%2”.</source>
        <translation>报表“%1”没有参数“%2”。</translation>
    </message>
    <message>
        <source>%1: give a date.</source>
        <translation>%1：请输入日期。</translation>
    </message>
    <message>
        <source>%1: give a whole number.</source>
        <translation>%1：请输入整数。</translation>
    </message>
    <message>
        <source>%1: give a number from %2 to %3.</source>
        <translation>%1：请输入 %2 到 %3 之间的数字。</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1：“%2”不是以下选项之一：%3。</translation>
    </message>
    <message>
        <source>%1: give a text.</source>
        <translation>%1：请输入文本。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>The last day (%1) comes before the first day (%2): swap them.</source>
        <translation>结束日期（%1）早于开始日期（%2）：请将两者对调。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as yyyy-mm-dd, e.g. 2025-06-30.</source>
        <translation>%1：“%2”不是有效日期；请按 yyyy-mm-dd 格式填写，例如 2025-06-30。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
</context>
<context>
    <name>ReportParamsForm</name>
    <message>
        <source>This report has no parameters.</source>
        <translation>此报表没有参数。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Any day (e.g. %1)</source>
        <extracomment>Placeholder of an empty date parameter: no limit on that side</extracomment>
        <translation>不限日期（例如 %1）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation>请先选择报表。</translation>
    </message>
</context>
<context>
    <name>ReportRows</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>报表生成已取消。</translation>
    </message>
    <message>
        <source>The report has no column %1 to sort by.</source>
        <translation>报表没有可用于排序的第 %1 列。</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports — ServiceArchive</source>
        <translation>报表 — 服务档案管理</translation>
    </message>
    <message>
        <source>There are no reports you may run. Ask an administrator if reports are part of your work.</source>
        <translation>没有您可以运行的报表。如果您的工作需要使用报表，请联系管理员。</translation>
    </message>
    <message>
        <source>Re&amp;ports:</source>
        <translation>报表(&amp;P)：</translation>
    </message>
    <message>
        <source>Show full &amp;phone numbers (the run is logged)</source>
        <translation>显示完整电话号码（本次运行将记入审计日志）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the report with these parameters (Ctrl+R or Enter)</source>
        <translation>按当前参数运行报表（Ctrl+R 或 Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the report (Esc)</source>
        <translation>停止运行报表（Esc）</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Choose the parameters and press Run (Ctrl+R).</source>
        <translation>请设置参数，然后点击“运行”（Ctrl+R）。</translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation>请先选择报表。</translation>
    </message>
    <message>
        <source>Write this report to a CSV file (Ctrl+E)</source>
        <translation>将此报表导出为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Check the parameters: %1</source>
        <translation>请检查参数：%1</translation>
    </message>
    <message>
        <source>The report was cancelled. Press Run to start it again.</source>
        <translation>报表生成已取消。点击“运行”可重新开始。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows: nothing in the archive matches these parameters. Widen the date range or clear a filter.</source>
        <translation>没有数据：档案库中没有符合这些参数的记录。请扩大日期范围或清除筛选条件。</translation>
    </message>
    <message>
        <source>The report could not be run.</source>
        <translation>无法生成报表。</translation>
    </message>
    <message>
        <source>Export “%1” as CSV</source>
        <translation>将“%1”导出为 CSV</translation>
    </message>
    <message>
        <source>An export is running; wait for it to end.</source>
        <translation>正在导出，请等待导出完成。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>已导出 %Ln 行到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>导出失败，未写入任何文件。%1</translation>
    </message>
</context>
<context>
    <name>RequestDetailsView</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>进入次数</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n 天 %1 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; at %1</source>
        <translation>于 %1 &lt;b&gt;已取消&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; at %1: %2</source>
        <translation>于 %1 &lt;b&gt;已取消&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;方案：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>So far: the request is in this stage now.</source>
        <translation>截至目前：服务请求仍处于此阶段。</translation>
    </message>
    <message>
        <source>Opened in %1</source>
        <translation>新建于“%1”阶段</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>新建服务请求</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>What the customer needs, in a few words</source>
        <translation>简要概括客户的需求</translation>
    </message>
    <message>
        <source>user name of the responsible staff</source>
        <translation>负责人的用户名</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>What will be done; needed before the request leaves the plan stage</source>
        <translation>将要做的工作；服务请求离开“方案制定”阶段前必须填写</translation>
    </message>
    <message>
        <source>e.g. on site Tuesday, done by the 20th</source>
        <translation>例如：周二上门，20 日前完成</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>内容(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>时间安排(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>预算(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>描述(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>创建服务请求</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>Show the request as it is stored now; what you typed is replaced.</source>
        <translation>显示当前保存的服务请求；您输入的内容将被替换。</translation>
    </message>
    <message>
        <source>Enter the budget as an amount, e.g. %1.</source>
        <translation>请输入预算金额，例如 %1。</translation>
    </message>
</context>
<context>
    <name>RequestStageTimes</name>
    <message>
        <source>Service-request time per stage</source>
        <translation>服务请求各阶段耗时</translation>
    </message>
    <message>
        <source>For the service requests opened in the period, the hours each spent in each stage of the service process (all its visits to the stage together, a stage it is still in counting up to now): median and 90th percentile, and how many wait in the stage now. Where the process waits shows here.</source>
        <translation>针对所选期间内创建的服务请求，统计每个服务请求在服务流程各阶段停留的小时数（多次进入同一阶段的时间合并计算；仍处于该阶段的，计算到当前时间）：给出中位数和第 90 百分位数，以及当前停留在该阶段的服务请求数。可据此看出流程在哪个阶段积压。</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>创建日期从</translation>
    </message>
    <message>
        <source>Opened until</source>
        <translation>创建日期至</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>服务单数</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>中位数（小时）</translation>
    </message>
    <message>
        <source>90th percentile, hours</source>
        <translation>第 90 百分位数（小时）</translation>
    </message>
    <message>
        <source>In the stage now</source>
        <translation>当前处于该阶段</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>New request…</source>
        <translation>新建服务请求…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Move stage…</source>
        <translation>变更阶段…</translation>
    </message>
    <message>
        <source>New service &amp;request…</source>
        <translation>新建服务请求(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Move request stage…</source>
        <translation>变更服务请求阶段(&amp;M)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open a service request for this customer</source>
        <translation>为该客户新建服务请求</translation>
    </message>
    <message>
        <source>Move the selected request to another stage of the service process</source>
        <translation>将所选服务请求变更到服务流程的其他阶段</translation>
    </message>
    <message>
        <source>Correct the selected request and its plan (Return)</source>
        <translation>修改所选服务请求及其方案（Enter）</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超时）</translation>
    </message>
    <message>
        <source>Save the profile first to open service requests.</source>
        <translation>请先保存客户档案，再新建服务请求。</translation>
    </message>
    <message>
        <source>No service requests yet. Open one with %1.</source>
        <translation>还没有服务请求。按 %1 新建一条。</translation>
    </message>
    <message>
        <source>No service requests yet.</source>
        <translation>还没有服务请求。</translation>
    </message>
    <message>
        <source>A closed request is the record of what was done. To change it, reopen it with Move stage….</source>
        <translation>已关闭的服务请求是已完成工作的记录。如需修改，请先通过“变更阶段…”重新打开。</translation>
    </message>
    <message>
        <source>A cancelled request stays as it was.</source>
        <translation>已取消的服务请求保持原样，不能修改。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup — ServiceArchive</source>
        <translation>从备份恢复 — 服务档案</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>%1 中的备份：</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet. Choose a backup file made elsewhere with &quot;Choose file…&quot;.</source>
        <translation>此文件夹中还没有备份。可通过“选择文件…”选择在其他位置生成的备份文件。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nobody signed in to the backup, so nothing was restored.</source>
        <translation>没有人登录该备份，因此未恢复任何内容。</translation>
    </message>
    <message>
        <source>The archive was restored from %1.</source>
        <translation>已从 %1 恢复档案库。</translation>
    </message>
    <message>
        <source>The archive was restored from %1. The replaced archive was kept as %2.</source>
        <translation>已从 %1 恢复档案库。被替换的档案库已保留为 %2。</translation>
    </message>
    <message>
        <source>Replace the archive %1 with the backup %2?

Everything entered since that backup was made is removed from the archive. The current archive is kept beside it as %1.before-restore-… and can be opened again with File &gt; Open archive.

The archive is closed now; after the check, sign in with an administrator account of the backup.</source>
        <translation>要用备份 %2 替换档案库 %1 吗？

该备份生成之后录入的所有内容都将从档案库中移除。当前档案库会在同一文件夹中保留为 %1.before-restore-…，可通过“文件 &gt; 打开档案库”重新打开。

档案库现在将关闭；校验完成后，请使用备份中的管理员账户登录。</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return: %1</source>
        <translation>退货：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; bought on %2&lt;br&gt;Amount %3 · already refunded %4 · &lt;b&gt;%5 left to refund&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，购买于 %2&lt;br&gt;金额 %3 · 已退款 %4 · &lt;b&gt;可退 %5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>退货原因(&amp;R)</translation>
    </message>
    <message>
        <source>yuan, e.g. 199.00</source>
        <translation>单位：元，例如 199.00</translation>
    </message>
    <message>
        <source>Re&amp;funded</source>
        <translation>退款金额(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>登记退货</translation>
    </message>
    <message>
        <source>Record the return and its refund (Enter; Ctrl+Enter in the notes)</source>
        <translation>登记退货及退款（Enter；在备注中按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type yuan with at most two decimals, e.g. 199.00.</source>
        <translation>“%1”不是有效的金额。请以元为单位输入，最多两位小数，例如 199.00。</translation>
    </message>
</context>
<context>
    <name>ReturnVisits</name>
    <message>
        <source>Return-visit completion</source>
        <translation>回访完成情况</translation>
    </message>
    <message>
        <source>Per staff member, the return visits due in the period: how many were due (not counting cancelled ones), done, given up as unreachable, overdue (still open after their day) and still to come, and the share done.</source>
        <translation>按回访人统计所选期间内到期的回访：应回访数（不含已取消的回访）、已完成数、因无法联系而放弃的数量、已超时数（过了回访日期仍未完成）和未到期数，以及完成率。</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>回访日期从</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>回访日期至</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Done (%)</source>
        <translation>完成率（%）</translation>
    </message>
</context>
<context>
    <name>ReturnsByReason</name>
    <message>
        <source>Returns by reason and product category</source>
        <translation>按退货原因和品类统计退货</translation>
    </message>
    <message>
        <source>Per product category and return reason: returns made in the period, the amount refunded, and the return rate — those returns against the category&apos;s purchases made in the period.</source>
        <translation>按品类和退货原因统计：所选期间内的退货数、退款金额，以及退货率（即这些退货数与该品类在所选期间内的消费次数之比）。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>退货原因</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货数</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Purchases in the category</source>
        <translation>该品类消费次数</translation>
    </message>
    <message>
        <source>Return rate (%)</source>
        <translation>退货率（%）</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无品类）</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>The first day comes after the last one: swap them.</source>
        <translation>开始日期晚于结束日期：请将两者对调。</translation>
    </message>
</context>
<context>
    <name>SatisfactionTrend</name>
    <message>
        <source>Satisfaction trend</source>
        <translation>满意度趋势</translation>
    </message>
    <message>
        <source>CSAT and NPS of the scores taken at return visits, by month, and within each month by channel or by the staff member rated if asked. CSAT: the share of scores 4 and 5, and the mean; NPS: promoters (9–10) minus detractors (0–6), in points.</source>
        <translation>按月统计回访时采集的满意度评分（CSAT）和净推荐值（NPS），如有需要，还可在每月内按渠道或被评价员工细分。CSAT：4 分和 5 分所占比例及平均分；NPS：推荐者（9–10 分）比例减去贬损者（0–6 分）比例，以百分点表示。</translation>
    </message>
    <message>
        <source>Within each month, by</source>
        <translation>每月内细分方式</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>仅按月</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Staff member rated</source>
        <translation>被评价员工</translation>
    </message>
    <message>
        <source>The channel is that of the complaint the visit followed, or the sales channel of the purchase.</source>
        <translation>渠道指回访所跟进投诉的渠道，或所跟进消费记录的销售渠道。</translation>
    </message>
    <message>
        <source>Scored from</source>
        <translation>评分日期从</translation>
    </message>
    <message>
        <source>Scored until</source>
        <translation>评分日期至</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Channel or staff</source>
        <translation>渠道或员工</translation>
    </message>
    <message>
        <source>CSAT scores</source>
        <translation>满意度评分数</translation>
    </message>
    <message>
        <source>Satisfied (%)</source>
        <translation>满意占比（%）</translation>
    </message>
    <message>
        <source>Mean CSAT (1–5)</source>
        <translation>平均满意度（1–5）</translation>
    </message>
    <message>
        <source>NPS scores</source>
        <translation>净推荐值评分数</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（无渠道）</translation>
    </message>
</context>
<context>
    <name>ScoreButtons</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Keys 1 to 5 set the score, 0 clears it (not asked).</source>
        <translation>按 1 到 5 键设置评分，按 0 清除（未询问）。</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
</context>
<context>
    <name>ServiceRequestRepository</name>
    <message>
        <source>This service request has not been saved yet.</source>
        <translation>该服务请求尚未保存。</translation>
    </message>
    <message>
        <source>A cancelled request can no longer be changed.</source>
        <translation>已取消的服务请求不能再修改。</translation>
    </message>
    <message>
        <source>This request is closed. Reopen it before changing it.</source>
        <translation>该服务请求已关闭。请先重新打开，再进行修改。</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>原因最多 %1 个字符。</translation>
    </message>
    <message>
        <source>This service request no longer exists.</source>
        <translation>该服务请求已不存在。</translation>
    </message>
    <message>
        <source>This service request was changed by %1 at %2 after you opened it. Nothing was saved: reload the request to see their changes, then make yours again.</source>
        <translation>在您打开之后，%1 于 %2 修改了该服务请求。您的修改没有保存：请重新载入服务请求查看对方的修改，然后再重新修改。</translation>
    </message>
    <message>
        <source>Give the request a short title.</source>
        <translation>请为服务请求填写一个简短的标题。</translation>
    </message>
    <message>
        <source>A title has at most %1 characters.</source>
        <translation>标题最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>描述最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The plan has at most %1 characters.</source>
        <translation>方案内容最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The schedule has at most %1 characters.</source>
        <translation>时间安排最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>The budget cannot be more than %1.</source>
        <translation>预算不能超过 %1。</translation>
    </message>
    <message>
        <source>Choose a priority from the list.</source>
        <translation>请从列表中选择优先级。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>有 %n 个字段需要修改。</numerusform>
        </translation>
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
    <message>
        <source>Demo archive</source>
        <translation>演示档案库</translation>
    </message>
    <message>
        <source>A demo archive with 2,000 made-up customers was created at %1. You are signed in as its supervisor. Its accounts, shown only now:

%2</source>
        <translation>已在 %1 创建包含 2,000 个虚构客户的演示档案库，您已作为其主管登录。以下账户只显示这一次：

%2</translation>
    </message>
</context>
<context>
    <name>StaffNames</name>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
</context>
<context>
    <name>StageMoveDialog</name>
    <message>
        <source>Move stage</source>
        <translation>变更阶段</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Now in: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;当前阶段：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (reopen)</source>
        <translation>%1（重新打开）</translation>
    </message>
    <message>
        <source>%1 (back)</source>
        <translation>%1（退回）</translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation>变更为(&amp;T)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>原因(&amp;R)（必填）</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>A cancelled request stays where it is; open a new one if the customer comes back to it.</source>
        <translation>已取消的服务请求保持原状；如客户再次提出该需求，请新建服务请求。</translation>
    </message>
    <message>
        <source>Cancelling ends the request; the reason is kept with it.</source>
        <translation>取消将结束该服务请求，取消原因会一并保存。</translation>
    </message>
    <message>
        <source>Reopening sends the closed request back to work.</source>
        <translation>重新打开后，已关闭的服务请求将重新进入处理流程。</translation>
    </message>
    <message>
        <source>Sending the request back is recorded with the reason.</source>
        <translation>退回服务请求时会同时记录原因。</translation>
    </message>
    <message>
        <source>The plan&apos;s content is needed before the request leaves the plan stage (Edit… the request to write it).</source>
        <translation>服务请求离开“方案制定”阶段前必须填写方案内容（可通过“编辑…”填写）。</translation>
    </message>
</context>
<context>
    <name>StageRules</name>
    <message>
        <source>Choose a stage from the list.</source>
        <translation>请从列表中选择阶段。</translation>
    </message>
    <message>
        <source>A cancelled request cannot be moved.</source>
        <translation>已取消的服务请求不能变更阶段。</translation>
    </message>
    <message>
        <source>The request is already in %1.</source>
        <translation>该服务请求已处于“%1”。</translation>
    </message>
    <message>
        <source>A closed request cannot be cancelled. Reopen it first if it needs more work.</source>
        <translation>已关闭的服务请求不能取消。如需继续处理，请先重新打开。</translation>
    </message>
    <message>
        <source>A request cannot be moved from %1 to %2.</source>
        <translation>服务请求不能从“%1”变更到“%2”。</translation>
    </message>
    <message>
        <source>Cancelling a request needs a reason.</source>
        <translation>取消服务请求需要填写原因。</translation>
    </message>
    <message>
        <source>Reopening a request in %1 needs a reason.</source>
        <translation>将服务请求重新打开到“%1”需要填写原因。</translation>
    </message>
    <message>
        <source>Moving a request back to %1 needs a reason.</source>
        <translation>将服务请求退回到“%1”需要填写原因。</translation>
    </message>
    <message>
        <source>Write the plan&apos;s content before moving on from the plan stage.</source>
        <translation>请先填写方案内容，再离开“方案制定”阶段。</translation>
    </message>
</context>
<context>
    <name>StaleProfiles</name>
    <message>
        <source>Stale profiles</source>
        <translation>久未核实的客户档案</translation>
    </message>
    <message>
        <source>Active customers whose profile was not verified in the last N months (or never), with how complete it is and what is missing: the list to call and check.</source>
        <translation>最近 N 个月内未核实（或从未核实）档案的未归档客户，并列出档案完整度和缺少的信息：即需要致电核实的名单。</translation>
    </message>
    <message>
        <source>Not verified for (months)</source>
        <translation>未核实时长（月）</translation>
    </message>
    <message>
        <source>Profiles last verified this many months ago or earlier, or never.</source>
        <translation>最近核实距今已达该月数，或从未核实的档案。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
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
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <source>Complete (%)</source>
        <translation>完整度（%）</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少信息</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货记录</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>交互记录</translation>
    </message>
    <message>
        <source>Requests opened</source>
        <translation>新建服务请求</translation>
    </message>
    <message>
        <source>Request stage moves</source>
        <translation>服务请求阶段变更</translation>
    </message>
    <message>
        <source>Purchase: %1 ×%2</source>
        <translation>消费记录：%1 ×%2</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>已退款 %1</translation>
    </message>
    <message>
        <source>Return: %1</source>
        <translation>退货：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Request opened: %1</source>
        <translation>新建服务请求：%1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Request moved: %1 → %2</source>
        <translation>服务请求阶段变更：%1 → %2</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint status moves</source>
        <translation>投诉状态变更</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Complaint: %1 · %2</source>
        <translation>投诉：%1 · %2</translation>
    </message>
    <message>
        <source>Complaint moved: %1 → %2</source>
        <translation>投诉状态变更：%1 → %2</translation>
    </message>
    <message>
        <source>Return visit: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source>CSAT %1/5</source>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>A new customer has no timeline yet.</source>
        <translation>新客户还没有服务时间线。</translation>
    </message>
    <message>
        <source>Nothing to show: no purchases, interactions or requests of the chosen kinds yet.</source>
        <translation>没有可显示的内容：所选类型中还没有消费记录、交互记录或服务请求。</translation>
    </message>
</context>
<context>
    <name>TodayQueue</name>
    <message>
        <source>&amp;Mine</source>
        <translation>我的(&amp;M)</translation>
    </message>
    <message>
        <source>Your follow-ups and those assigned to nobody</source>
        <translation>分配给您的回访以及未指定回访人的回访</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>Everyone&apos;s follow-ups</source>
        <translation>所有人的回访</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the queue again (F5)</source>
        <translation>重新读取待办列表（F5）</translation>
    </message>
    <message>
        <source>Enter: open the customer and record the call</source>
        <translation>Enter：打开客户并记录回访结果</translation>
    </message>
    <message>
        <source>Today — nothing due</source>
        <translation>今日待办 — 暂无回访</translation>
    </message>
    <message>
        <source>Today — %1 overdue, %2 due today</source>
        <translation>今日待办 — 已超时 %1 条，今日应回访 %2 条</translation>
    </message>
    <message>
        <source>Showing the first %1 follow-ups.</source>
        <translation>仅显示前 %1 条回访。</translation>
    </message>
    <message>
        <source>Nothing for the team to follow up today.</source>
        <translation>团队今天没有需要回访的客户。</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>今天没有需要回访的客户。</translation>
    </message>
</context>
<context>
    <name>TodayQueueModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已超时 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation>（任何人）</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered call(s) so far</source>
        <translation>
            <numerusform>累计 %n 次未接通</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>回访人</translation>
    </message>
</context>
<context>
    <name>UpcomingBirthdays</name>
    <message>
        <source>Upcoming birthdays</source>
        <translation>近期生日</translation>
    </message>
    <message>
        <source>Active customers whose birthday falls within the next N days (today included), soonest first, with the age they turn.</source>
        <translation>生日在未来 N 天内（含今天）的未归档客户，按生日先后排列，并显示其将满的年龄。</translation>
    </message>
    <message>
        <source>Within (days)</source>
        <translation>未来天数</translation>
    </message>
    <message>
        <source>0: today&apos;s birthdays only.</source>
        <translation>0：仅显示今天过生日的客户。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>距生日天数</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>将满岁数</translation>
    </message>
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
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>A new staff account. Its owner signs in with the user name and the initial password, and can then change the password under File &gt; Change password.</source>
        <translation>新的员工账户。使用者用用户名和初始密码登录，之后可在“文件 &gt; 修改密码”中修改密码。</translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation>例如 wang.fang</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Initial &amp;password</source>
        <translation>初始密码(&amp;P)</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for %1. The old one stops working at once, and a lock after wrong passwords is lifted.</source>
        <translation>为 %1 设置新密码。旧密码立即失效；因密码错误而锁定的账户也会解除锁定。</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <source>What you may do. Changes to your own roles take effect when you next sign in.</source>
        <translation>您可以做哪些工作。对自己角色的修改在您下次登录时生效。</translation>
    </message>
    <message>
        <source>What %1 may do. The changes take effect when they next sign in.</source>
        <translation>%1 可以做哪些工作。修改在其下次登录时生效。</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>保存角色</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Finds customers and keeps their profiles and service history.</source>
        <translation>查找客户，维护客户档案和服务记录。</translation>
    </message>
    <message>
        <source>Reviews complaints and service quality, runs reports, exports.</source>
        <translation>审核投诉和服务质量，生成报表，导出数据。</translation>
    </message>
    <message>
        <source>Manages users and roles, lists, settings and backups.</source>
        <translation>管理用户和角色、选项列表、设置和备份。</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Make up a random password of letters and digits.</source>
        <translation>随机生成由字母和数字组成的密码。</translation>
    </message>
    <message>
        <source>Hand this password over now: it is not shown again. The user should change it after signing in.</source>
        <translation>请现在把这个密码交给用户：它不会再次显示。用户登录后应修改密码。</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 现在可以用 %2 登录了。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>The roles of %1 were saved.</source>
        <translation>已保存 %1 的角色。</translation>
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
    <name>UsersDialog</name>
    <message>
        <source>Users — ServiceArchive</source>
        <translation>用户 — 服务档案</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>角色(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Let this user sign in again.</source>
        <translation>允许该用户重新登录。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>Accounts are not deleted, so that the history keeps their names. To stop someone signing in, disable the account.</source>
        <translation>账户不会被删除，这样历史记录中仍保留其名字。如需禁止某人登录，请停用该账户。</translation>
    </message>
    <message>
        <source>Stop this user from signing in. The account and its history stay; Enable gives it back.</source>
        <translation>禁止该用户登录。账户及其记录都会保留；点击“启用”即可恢复。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open archive</source>
        <translation>无法打开档案库</translation>
    </message>
    <message>
        <source>Open %1 instead</source>
        <translation>改为打开 %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>未提供 %1 的密码。</translation>
    </message>
</context>
</TS>

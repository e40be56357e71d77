<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveAddress</name>
    <message>
        <source>No archive was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv6 address has no closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port %1 is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter %1 has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveCheck</name>
    <message>
        <source>The archive is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The structure of the archive file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links between records could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of table %1 refers to a row of table %2 that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a row of table %3 that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: that entry was changed or deleted outside the application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveCopy</name>
    <message>
        <source>The copied audit trail does not verify (entry %1); nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive cannot be copied onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Copy only into a new file or an empty schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be renamed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination %1 already holds an archive (%2 rows in the table %3). Copy only into a new file or an empty schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the table %1 holds %2 rows instead of %3; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveOpener</name>
    <message>
        <source>No password was given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hand %n complaint(s) to:</source>
        <translation>
            <numerusform>Hand %n complaint to:</numerusform>
            <numerusform>Hand %n complaints to:</numerusform>
        </translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log — ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>the archive file, as in backups</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>No file can be created in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to the disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be written to the disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a service archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ServiceArchive (archive format %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 has no manifest (%2 is missing); it cannot be checked and is not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest %1 is not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest %1 describes %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is kept on a database server; back it up with the server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup manifest %1 cannot be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one backup must be kept (asked to keep %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; name the archive file to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be restored onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 is open, or was not closed properly (%2 exists). Close every ServiceArchive window using it, or open and close it once, then restore again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not match its manifest (SHA-256): it is damaged or was changed after it was made. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored archive could not be completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be set aside as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. It has at least %2 characters and does not contain your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceLists</name>
    <message>
        <source>Enter the text people will see for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list already has an entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is not in the list any more. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such choice list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last entry still offered in this list. Add another entry before retiring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rude staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprofessional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged in delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overcharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has only one level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a first-level entry of this list to put the new entry under.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceListsDialog</name>
    <message>
        <source>Choice lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry — Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 renames the selected entry. Retired entries stay on the records that use them but are no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add detailed reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new entry under the selected reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Enter a number of days from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium threshold cannot be below the high one (%1 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of purchases from 1 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium threshold cannot be above the high one (%1 purchases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount that is not negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium threshold cannot be above the high one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a score from 3 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium score cannot be above the high one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential — never bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive — no purchase or contact for %n day(s)</source>
        <translation>
            <numerusform>Inactive — no purchase or contact for %n day</numerusform>
            <numerusform>Inactive — no purchase or contact for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>New — first purchase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Returning — %n purchase(s), last %1</source>
        <translation>
            <numerusform>Returning — %n purchase, last %1</numerusform>
            <numerusform>Returning — %n purchases, last %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The classification rules were not saved: correct the marked values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationRulesDialog</name>
    <message>
        <source>Classification rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: first purchase within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: no purchase or contact for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier (recency, frequency, monetary value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency scores 3 when the last purchase is within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… scores 2 within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency scores 3 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… scores 2 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (net of refunds) scores 3 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value from a total score of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium value from a total score of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving re-classifies every customer at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount, e.g. 5000 or 5,000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-classifying every customer with the new rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules were saved, but re-classifying failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service-archive: %1 (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service-archive: unknown command &apos;%1&apos; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills an archive with N realistic, deterministic demo customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service-archive demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service-archive demo: --archive FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service-archive demo: --customers needs a whole number from 1 to 100000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service-archive demo: --seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo customers to %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user; the password comes from the SERVICEARCHIVE_PASSWORD variable or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive had no users; these accounts were created (the passwords are shown only now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this archive has users: sign in with --user NAME (the password from SERVICEARCHIVE_PASSWORD or standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this archive has no user accounts yet, so nobody can sign in to it. Open it in the application first to create its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service-archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a backup of an archive into a folder as archive-YYYYMMDD-HHMMSS.sqlite (UTC) with a SHA-256 manifest beside it; the copy is made by SQLite and checked before it is put in place. Needs an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the backup (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards keep only the newest N backups in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep needs a whole number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes, SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n older backup(s).</source>
        <translation>
            <numerusform>Removed %n older backup.</numerusform>
            <numerusform>Removed %n older backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaces an archive by a backup made with the backup command. The backup must match its manifest and pass SQLite&apos;s integrity check; sign in with an administrator account of the backup. The archive must not be open anywhere; the replaced file is kept beside it as &lt;name&gt;.before-restore-YYYYMMDD-HHMMSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file (its .sha256 manifest beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive file to replace (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced archive was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an archive: SQLite&apos;s quick_check, the links between records (foreign_key_check) and the audit trail&apos;s hash chain. Prints each finding on its own line; exit code 0 when all is well, 3 when there are findings. Needs a supervisor or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive: a file (it must exist) or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a whole archive to a new place, also between a file and a PostgreSQL server (postgresql://user@host:port/dbname). The destination must be a new file or an empty schema; everything goes in one transaction, and row counts and the audit trail are checked before it commits. Needs an administrator of the source; the same accounts sign in to the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive to copy: a file or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the copy goes: a new file or a postgresql:// address of an empty schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1 in %2 s; %3 audit entries verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive to open: a file (created when missing) or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 the file was written; 1 the archive cannot be opened or read; 2 wrong usage: an unknown option, a missing option, a bad --encoding or --delimiter; 3 the sign-in was refused or the user may not run or export the report; 4 an unknown report or parameter, or a bad parameter value; 5 the file cannot be written; 6 interrupted (SIGINT, SIGTERM or SIGHUP). Unless the code is 0, no file was written and an existing one is unchanged. On success nothing is printed (see --verbose); a problem is one line on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports one report to a CSV file that Excel opens correctly (RFC 4180, UTF-8 with BOM by default, formulas neutralized, phone numbers kept as text and masked unless --reveal). The file appears only when it is complete, and each export is recorded in the audit log. Needs a user who may run the report and export (a supervisor). `service-archive reports` lists the reports and their parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s name (see `reports`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period, yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period (included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter of the report; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write (replaced when it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utf-8-bom (default), utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (default), semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIMITER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers in full instead of masked (needs that right; recorded in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the number of rows written and the time taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding “%1” is not one of utf-8-bom, utf-8, gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter “%1” is not one of comma, semicolon, tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param “%1” is not KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1 in %2 s.</source>
        <translation>
            <numerusform>%n row written to %1 in %2 s.</numerusform>
            <numerusform>%n rows written to %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 by %5: %6 created, %7 updated%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (undone by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds: customers, purchases, interactions or complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved column mapping (JSON); without it the columns are mapped by their header names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAP.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), utf-8, gb18030 or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and count; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave rows with errors out instead of refusing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers matching one in the archive by phone, email or id: create, update or skip (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows&apos; errors to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERR.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are written with a decimal comma (261,96).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the past imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the import with this number as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--undo needs the number of an import (see --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one CSV file to import (try --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be customers, purchases, interactions or complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind differs from the mapping&apos;s kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is missing (try --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8, gb18030 or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be auto, comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate must be create, update or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... %1 errors in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 rows, %2 would be created, %3 updated, %4 skipped, %5 invalid. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors; nothing was imported (--skip-invalid leaves them out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1: %2 rows, %3 created, %4 updated, %5 skipped, %6 invalid left out, %7 customers created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by: %1. Exported by: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code of the archive&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the reports that export can write, with their parameters and who may run and export them; names given after the command show only those reports. Needs no archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report to show (default: every report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[NAME...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>a report&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a CSV file as customers, purchases, interactions or complaints, all or nothing in one transaction (see docs/command-line.md). Needs the right to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines hold no row and were left out:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDetailPane</name>
    <message>
        <source>Complaint and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a complaint to see its history and its customer&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No. %1&lt;/b&gt; · %2 · %3&lt;br&gt;%4 · &lt;b&gt;%5&lt;/b&gt; · %6 · handler: %7&lt;br&gt;%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint No. %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the complaint into progress; an unassigned one becomes yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you typed and mark it resolved; it needs a resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you typed and close it; it needs a resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it back to work, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it goes back to work; Enter reopens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you typed (Enter; Ctrl+Enter in a text box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the complaint as it is stored now; what you typed is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>H&amp;istory (%n)</source>
        <translation>
            <numerusform>H&amp;istory (%n)</numerusform>
            <numerusform>H&amp;istory (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>New: it is received as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handles this complaint: only they or a supervisor can move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new severity sets new due times when it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the complaint you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintFilterBar</name>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the description or resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the complaint came in (Alt+Down opens the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tailed reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer complains about, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand&amp;ler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer was told first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was settled; needed to resolve or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root ca&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 200.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type yuan with at most two decimals, e.g. 200.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintHandling</name>
    <message>
        <source>Complaint handling by handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per handler, the complaints received in the period: how many, the median hours to the first answer and to the resolution, the share that kept the SLA, and the satisfaction of their follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA kept (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintHistory</name>
    <message>
        <source>Complaint history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per complaint received in the period: customer, reason, severity, status, handler, when it was answered and resolved, whether the SLA was kept, the resolution and the satisfaction score of its follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintHistoryView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer accepted the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer did not accept the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: past its due time and not yet settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed its SLA: answered or resolved after the due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintQuery</name>
    <message>
        <source>A page cannot start or end before the first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>This complaint is closed. Reopen it (with a reason) before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can close a complaint. Set it to &quot;%1&quot; and ask a supervisor to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handles this complaint. Only they or a supervisor can move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can assign a complaint to someone else or take it from its handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint is settled as &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 no longer exists. Nothing was assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is closed. Nothing was assigned: leave it out, or reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintRules</name>
    <message>
        <source>The complaint is already &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolved or closed complaint can be reopened. This one is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint that is &quot;%1&quot; cannot go back to &quot;%2&quot;. Reopen it with a reason instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint that is &quot;%1&quot; cannot go back to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the resolution: what was done for the customer. A complaint cannot be &quot;%1&quot; without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the complaint is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintSla</name>
    <message>
        <source>Enter a number of hours from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The time to resolve cannot be shorter than the time to respond (%n hour(s)).</source>
        <translation>
            <numerusform>The time to resolve cannot be shorter than the time to respond (%n hour).</numerusform>
            <numerusform>The time to resolve cannot be shorter than the time to respond (%n hours).</numerusform>
        </translation>
    </message>
    <message>
        <source>The complaint time limits were not saved: correct the marked values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintSlaDialog</name>
    <message>
        <source>Complaint SLAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hours a complaint of each severity may wait for its first response and for its resolution. New values apply to complaints received (or given another severity) from now on; the due times already promised stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintStore</name>
    <message>
        <source>This complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint was changed by %1 at %2 after you opened it. Nothing was saved: reload the complaint to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintText</name>
    <message>
        <source>Responded %1 — response time missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due %1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1 — resolution time missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due %1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due %1 — missed before the reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintValidator</name>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter when the complaint was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date before 1900 is not possible here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint cannot be received more than a day ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the channel from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a severity from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer&apos;s answer from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason for the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reason is not offered. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This detailed reason is not offered under &quot;%1&quot;. Choose one from the list, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what the customer complains about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolution has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root cause has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrective action has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preventive action has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint that is &quot;%1&quot; keeps its resolution. Enter what was done for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This purchase no longer exists. Choose another one or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This purchase belongs to another customer. Choose one of this customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service request no longer exists. Choose another one or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service request belongs to another customer. Choose one of this customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of compensation is not offered. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compensation amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compensation amount cannot be more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of compensation for the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;. Choose the handler from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled. Choose another handler.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsByReason</name>
    <message>
        <source>Complaints by reason and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many complaints each reason brought in each month, its share of the month&apos;s complaints, and the change against the month before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change against the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>New complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a complaint of this customer (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle the selected complaint (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first to receive complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints. Receive one with Ctrl+Shift+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint review — ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen complaint in full (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the complaint&apos;s customer in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the selected complaints to someone (several at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;with resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the resolution of the chosen complaint and close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints in the archive yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) listed</source>
        <translation>
            <numerusform>%n complaint listed</numerusform>
            <numerusform>%n complaints listed</numerusform>
        </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %n to…</source>
        <translation>
            <numerusform>&amp;Assign %n to…</numerusform>
            <numerusform>&amp;Assign %n to…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) are unassigned now.</source>
        <translation>
            <numerusform>%n complaint is unassigned now.</numerusform>
            <numerusform>%n complaints are unassigned now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) assigned to %1.</source>
        <translation>
            <numerusform>%n complaint assigned to %1.</numerusform>
            <numerusform>%n complaints assigned to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint No. %1 saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvDecoder</name>
    <message>
        <source>This system cannot read %1. Choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends in the middle of a character (line %L1, after byte %L2): it was cut off, or it is not %3. Choose another encoding or ask for the complete file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1: line %L2 holds a byte (byte %L3 of the file) that is not part of any character in this encoding. Choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with the byte order mark of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8, but all of it is valid GB18030 and reads as Chinese text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file is neither UTF-8 nor Chinese GB18030; its %n non-ASCII character(s) read as Western European text in Windows-1252 (such as %1). Check them in the preview.</source>
        <translation>
            <numerusform>The file is neither UTF-8 nor Chinese GB18030; its %n non-ASCII character reads as Western European text in Windows-1252 (%1). Check it in the preview.</numerusform>
            <numerusform>The file is neither UTF-8 nor Chinese GB18030; its %n non-ASCII characters read as Western European text in Windows-1252 (such as %1). Check them in the preview.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encoding of the file was not recognized, so it is not read (it would come in garbled). %1 Choose the encoding yourself: GB18030 for Chinese files from older programs, Windows-1252 for files from a Western European Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The quoted field that begins on line %L1 is never closed: the file ends inside it. A quote (&quot;) is probably missing or extra in that row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>Chosen by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 divides %2 of the first %n row(s) into the same %3 columns.</source>
        <translation>
            <numerusform>%1 divides %2 of the first %n row into the same %3 columns.</numerusform>
            <numerusform>%1 divides %2 of the first %n rows into the same %3 columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>No comma, semicolon or tab divides the rows into columns: the file has one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no rows to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No header row was found at the start of the file: no row has the %n column(s) that most rows have.</source>
        <translation>
            <numerusform>No header row was found at the start of the file: no row has the %n column that most rows have.</numerusform>
            <numerusform>No header row was found at the start of the file: no row has the %n columns that most rows have.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %L1–%L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: before the header row, and not in the table&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header row again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends before its header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>This system cannot write GB18030. Choose UTF-8 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character cannot be written in the chosen encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerAudit</name>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDataExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the export into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEraser</name>
    <message>
        <source>Erased customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was changed after you opened it. Nothing was erased: reload the profile and erase it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerExportSection</name>
    <message>
        <source>The customer profile, one field per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: every recorded change and access, each changed field before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases, with what was refunded of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns and their refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions: every logged contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service requests: where each stands, its plan and why it was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage moves of the service requests: who moved each when, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints: what was complained about, how it was handled and resolved, compensation and the service times promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling history of the complaints: who changed what when, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visits and follow-ups: why the customer was called, what came of it and the satisfaction scores given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (CSAT 1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation (NPS 0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id in the source system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerExportSummary</name>
    <message>
        <source>Personal data held about customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (customer code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked (138****5678): the person who exported may not see full numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package answers a request of the person concerned for the personal data held about them: the right to access and copy it (PIPL art. 45) and the rights of access and to data portability (GDPR art. 15 and 20). It holds everything this archive stores about the customer, in files that common programs open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of this customer was erased on request (PIPL art. 47, GDPR art. 17). Only the record without personal data is left, and it is all this package holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV files open in Excel and other spreadsheet programs. Times are local times. A cell that starts with &apos; was written so that a spreadsheet does not run it as a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by ServiceArchive %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(assigned on save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1990-05-17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wang.fang@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. VIP, 会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to receive marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the customer confirmed these details just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away unsaved changes (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1 on %2 · last changed by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this customer back to the active list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this customer out of the active list (it can be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 1990-05-17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2026-11-23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers are hidden until needed; showing them is recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the profile as stored now; your unsaved edits are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from the customer&apos;s purchases and contacts; the line above the tabs explains it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerHistoryView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer has no history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers the customer list shows for the same search and filters, with their contact details, lifecycle, value tier and owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone (any part), email, company or code, as in the list&apos;s search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message>
        <source>Search name, phone, email, company or code (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lifecycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived customers instead of active ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n archived customer(s)</source>
        <translation>
            <numerusform>%n archived customer</numerusform>
            <numerusform>%n archived customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>No archived customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.
Check the spelling, try the last four digits of the phone number, or create a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive has no customers yet.
Create the first customer profile to start keeping the service history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle, computed from purchases and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All value tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier, from recency, frequency and spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match: pick one.</source>
        <translation>
            <numerusform>%n customer matches: pick one.</numerusform>
            <numerusform>%n customers match: pick one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was changed by %1 at %2 after you opened it. Nothing was saved: reload the profile to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSegments</name>
    <message>
        <source>Customer segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers by lifecycle and value tier: how many in each segment and their share of all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>Enter the organization&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid email address (for example wang.fang@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday cannot be before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is already listed above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one phone number can be the primary one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag has at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerValue</name>
    <message>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per customer who bought in the period: net spend (refunds taken off), number of purchases, the last purchase and days since, and the average order value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerWorkspace</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile of %1 has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer: fill in the profile and press Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — same %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another customer already has this phone number or email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved new customer %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes you made to this profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 (%2)? The profile leaves the active list and can be restored from the archived list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase every piece of personal data of %1 (%2) from the archive, its history included? Only the code and figures without personal data remain. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of %1 was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing the personal data of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made at other desks are not shown for now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made at other desks are shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has unsaved changes. The export holds the profile as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the data of %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the data of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of %1 was exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the archive. Your edits cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of %1 was erased by %2 at %3. Your edits cannot be saved; Reload shows what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of %1 was erased by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was archived by %2 at %3. Your save will be refused; Reload discards your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was archived by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s profile was changed by %2 at %3. Your save will be refused; Reload discards your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s profile was changed by %2 at %3; it is shown as stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded the profile of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the archive holds about %1 (%2) is in the folder
%3

Start with summary.html: it lists the files. Hand the folder to the customer in a safe way; it holds personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing the personal data of %1 and purging the archive of every old copy. This can take a while on a large archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s re-classification and birthday greetings did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The archive reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a service archive. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a service archive. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a service archive. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ServiceArchive (archive format %2; this version reads up to %3). Please update the application. The archive was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 has not been prepared for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot use write-ahead logging (journal mode is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new file could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot hold that many customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the archive is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCsvDialog</name>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel opens UTF-8 with BOM correctly; choose GB18030 for older programs that expect the Chinese code page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>New archive — ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a new archive. Create its administrator: the account that adds the front desk and supervisor accounts. Keep the password safe; there is no default password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I also work at the front desk and as supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a small business where one person does everything. Untick it to keep this account for administration only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a demo archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a separate archive with made-up customers to look around in; this archive stays new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpBanner</name>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Return visit:&lt;/b&gt; %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered call(s) so far.</source>
        <translation>
            <numerusform>%n unanswered call so far.</numerusform>
            <numerusform>%n unanswered calls so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDesk</name>
    <message>
        <source>Finish or close the return visit that is open first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s follow-up was already dealt with at another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first: follow-ups belong to a saved customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why call, e.g. 确认空调安装后使用情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to call (Alt+Down opens the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name of who calls; empty: anyone at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the follow-up (Enter; Ctrl+Enter in the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpLinks</name>
    <message>
        <source>Purchase of %1: %2 ×%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request of %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked purchase cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked service request cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked complaint cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked complaint is no longer in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what the follow-up is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day the customer is to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active staff member. Choose who will contact the customer from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked purchase no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked purchase is another customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked service request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked service request is another customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked complaint is another customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what came of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A satisfaction score is from 1 to 5 (or leave it empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recommendation score is from 0 to 10 (or leave it empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up was changed by %1 at %2 after you opened it. Nothing was saved: reload it to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is done already. Plan a new one to contact the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is closed. Plan a new one to contact the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the customer need not be contacted any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRules</name>
    <message>
        <source>Enter a number of days from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of calls from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up rules were not saved: correct the marked values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit after the purchase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit after the service request “%1” was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the complaint&apos;s resolution with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the fix of the complaint held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday greetings need today&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRulesDialog</name>
    <message>
        <source>Follow-up rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a &amp;purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a service &amp;request is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after it is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a complaint is resolved: &amp;confirm the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after it is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a complaint is resolved: check the fix &amp;held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ahead of the birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a return visit automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls nobody answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> unanswered calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unreachable after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to purchases, requests and complaints from now on; follow-ups already planned stay as they are. Unanswered calls are tried again on the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message numerus="yes">
        <source>%1, %n unanswered</source>
        <translation>
            <numerusform>%1, %n unanswered</numerusform>
            <numerusform>%1, %n unanswered</numerusform>
        </translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a call back to this customer (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the purpose, day or assignee of a planned follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what came of the call (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first to plan return visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return visits yet. Plan one with Ctrl+Shift+F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return visits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up planned for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCustomer</name>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased. Nothing new can be recorded for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryLabels</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training / event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>The currency symbol of yuan (CNY) before an amount.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdListReader</name>
    <message>
        <source>The search was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is read and checked as the import would do it. Nothing is written to the archive yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save e&amp;rrors as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped. Check again before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows can be imported. Press Import to bring them into the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have errors and will be left out; the others can be imported.</source>
        <translation>
            <numerusform>%Ln row has errors and will be left out; the others can be imported.</numerusform>
            <numerusform>%Ln rows have errors and will be left out; the others can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have errors, so nothing can be imported yet. Correct the file and check again, or go back and choose to leave out rows with errors.</source>
        <translation>
            <numerusform>%Ln row has errors, so nothing can be imported yet. Correct the file and check again, or go back and choose to leave out rows with errors.</numerusform>
            <numerusform>%Ln rows have errors, so nothing can be imported yet. Correct the file and check again, or go back and choose to leave out rows with errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Errors: the first %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The errors could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCountsView</name>
    <message>
        <source>Customers created for rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped as duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (would be created):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines without a row (left out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCustomers</name>
    <message>
        <source>The row names no customer: its customer columns are all empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportErrorsModel</name>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s id in the source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name (to create missing customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id in the source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names an unknown kind of import &quot;%1&quot;; use customers, purchases, interactions or complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names a field &quot;%1&quot; that %2 do not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping gives no column for the field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s on_duplicate &quot;%1&quot; is not one of create, update, skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s decimal separator must be &quot;.&quot; or &quot;,&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (mapped to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the required field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column identifies the customer: map a customer code, phone, email or id from the source system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating missing customers needs a column with the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file, as saved by Excel or another program, and say what it holds. Nothing is written to the archive until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the file&apos;s path or choose it with Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read %1. Ask whoever gave you the file, or copy it somewhere you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One customer per row: name, phones, email, address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One purchase per row, with the customer&apos;s code, phone or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One call, visit or message per row, with the customer&apos;s code, phone or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One complaint per row, with the customer&apos;s code, phone or email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>No customer in the archive matches this row&apos;s customer columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has neither an amount nor a unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sub-reason of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <source>There is no import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was undone already, by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 cannot be undone: the customer %2 was changed by %3 at %4 after the import. Nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 cannot be undone: the customer %2 it created has history recorded since. Nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 cannot be undone: the history it brought in for %2 was worked on since. Nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for each field of the archive. The columns were matched by their names; a field left empty is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the customer with the row&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create customers &amp;not in the archive (needs the customer&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out rows &amp;with errors and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (decided for each column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point (1234.56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (1234,56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: unknown, N/A, -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer already in the &amp;archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are &amp;written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells meaning &quot;no &amp;value&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 †</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* must be filled in every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>† finds the row&apos;s customer: one of these is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, email or external id finds customers already in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty in the first rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mapping is for %1, but the file is being imported as %2. Go back to the first step to change what the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mapping.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressBox</name>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReadingPage</name>
    <message>
        <source>How the file reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the rows below look right: names readable, one value per column. If they do not, choose the encoding or the delimiter yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, as you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split at %1, as you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported as it is read now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lines are left out before or among the rows below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines left out (not data), up to the last row shown: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows: none can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows: all %L1 of the file, under the header of line %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows: the first %L1, under the header of line %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is imported as one whole: if it is cancelled or fails, the archive stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1… Cancel stops the import and leaves the archive exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not imported: %1 Nothing was changed in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows left out: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: rows have errors (the file may have changed since the check). The archive was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was imported. If it was the wrong file, or the wrong columns, you can undo the whole import here or later with File &gt; Past imports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was undone: the archive is as it was before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>The %1 records it created are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 records it updated get their earlier values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If any of them was changed since the import, nothing is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was not undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>Not a date in the form %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is written differently from the column&apos;s earlier dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: %1 (the file seems to use a decimal comma; choose it as the decimal separator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duration (seconds or h:mm:ss): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yes or no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number Excel wrote in scientific notation: its digits were lost when the file was saved. Format the column as text in Excel and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file %1 cannot be imported as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the archive is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Past imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imports cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Write a short summary of the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the contact took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact cannot be in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a channel from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose inbound or outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a type from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>This interaction no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionsPanel</name>
    <message>
        <source>What was it about? Enter logs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it took, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the interaction (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an interaction (Ctrl+L) — now, by you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first to log interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions yet. Log the first one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1[*] — ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service archives (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File &gt; Open archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ServiceArchive %1&lt;/b&gt;&lt;br&gt;Customer service archive: profiles, service history, complaints and return visits, kept in one local archive.&lt;br&gt;&lt;br&gt;Qt %2 · SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archive on a &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent arc&amp;hives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are made on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is on a PostgreSQL server: its backups are made there, with pg_dump, by the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport customer&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it was taken off the list of recent archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored; the archive is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;purchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service &amp;request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-classified: %n customer(s) changed class.</source>
        <translation>
            <numerusform>Re-classified: %n customer changed class.</numerusform>
            <numerusform>Re-classified: %n customers changed class.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hoice lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan f&amp;ollow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, today&apos;s and upcoming return visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review complaints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint &amp;SLAs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint SLAs saved: they apply to complaints received from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up rules were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports and CSV export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past i&amp;mports…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the archive to format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenServerDialog</name>
    <message>
        <source>Open archive on a server — ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive on a PostgreSQL server, shared by several desks. The password is asked for when the server wants one; it is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS and verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields above as one address; paste an address here to fill them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server address starts with postgresql:// — for an archive file use File &gt; Open archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database user to connect as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server name must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Server password — ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of the archive &lt;b&gt;%1&lt;/b&gt; asks for the password of the database user &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept only while the archive is open, never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password was not accepted. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>%1 may not %2. Ask an administrator if this is part of your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive or restore customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a customer&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see full phone and ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign and close complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneListEditor</name>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>138 1234 5678, 010-62345678 or +1 415 555 2671</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, &apos;-&apos;, &apos;(&apos; &apos;)&apos; and a leading &apos;+&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An international number has 7 to 15 digits after the &apos;+&apos; (for example +1 415 555 2671).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19 (for example 138 1234 5678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has no extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code %1 is not valid: it is 010, 02x or four digits such as 0755.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the area code a landline number has %1 to 8 digits, not starting with 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension has at most 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A landline number needs its area code (for example 010-62345678 or 0755-2345678-89).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a landline number as area code, number and optional extension (for example 0755-2345678-89).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <source>Loading the table %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresServer</name>
    <message>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for the password of the database user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no schema for the archive: none of the schemas in the search path exists. Create one owned by the database user (see README, &quot;Several desks, one archive&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema %1 of %2 holds tables of another program, not a service archive. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ServiceArchive (archive format %2; this version reads up to %3). Please update the application. The archive was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>no value tier yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact %1 · open requests %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases yet · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Spend %1 net of refunds · %n purchase(s), average %2 · first %3, last %4 · %5</source>
        <translation>
            <numerusform>Spend %1 net of refunds · %n purchase, average %2 · first %3, last %4 · %5</numerusform>
            <numerusform>Spend %1 net of refunds · %n purchases, average %2 · first %3, last %4 · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileTabs</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first: interactions belong to a saved customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first: requests belong to a saved customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first: purchases belong to a saved customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first: complaints belong to a saved customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>New purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the purchase (Alt+Down opens the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 空调 KFR-35GW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 家电</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 3999.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity × unit price; type what was paid after a discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it was bought, e.g. store, online shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the purchase (Enter; Ctrl+Enter in the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may look at purchases but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type yuan with at most two decimals, e.g. 3999.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseRepository</name>
    <message>
        <source>This purchase no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This purchase was changed by %1 at %2 after you opened it. Nothing was saved: reload it to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This purchase has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseValidator</name>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>A date before 1900 is not possible here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price cannot be more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity × unit price comes to more than %1. Check the quantity and the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be less than what was already refunded on this purchase (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment method is not offered. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase date cannot be more than a day ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase date cannot be after its first return (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return date cannot be more than a day ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return cannot be dated before the purchase (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason for the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return reason is not offered. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund %1 exceeds what is left to refund on this purchase (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchasesPanel</name>
    <message>
        <source>New purchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a purchase of this customer (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a return and its refund against the selected purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — recorded by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first to record purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases yet. Record one with Ctrl+Shift+P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything paid for %1 has been refunded already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentArchives</name>
    <message>
        <source>No recent archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordVisitDialog</name>
    <message>
        <source>Return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of the call, e.g. 客户满意，问题已解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask N&amp;PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely is the customer to recommend us to a friend? 0 (not at all likely) to 10 (extremely likely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = not at all likely, 10 = extremely likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend (NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome and the score (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered: try again on the next working day (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up is no longer needed; say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without recording anything (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may look at follow-ups but not record them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is no longer planned: nothing to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered calls so far: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered calls so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit recorded (CSAT %1/5): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer again: after %n unanswered call(s) the customer is marked unreachable for this follow-up.</source>
        <translation>
            <numerusform>No answer again: after %n unanswered call the customer is marked unreachable for this follow-up.</numerusform>
            <numerusform>No answer again: after %n unanswered calls the customer is marked unreachable for this follow-up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer. Next try on %1 (%n unanswered call(s) so far).</source>
        <translation>
            <numerusform>No answer. Next try on %1 (%n unanswered call so far).</numerusform>
            <numerusform>No answer. Next try on %1 (%n unanswered calls so far).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this follow-up no longer needed? The reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first-level complaint reason; leave it out for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day counted; leave it out to start at the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day counted (included); leave it out to go up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff login; leave it out for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <source>There is no report “%1”. The reports are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCells</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage in a report&apos;s table, e.g. &quot;12.50 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExportJob</name>
    <message>
        <source>Exporting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “%1”: %2 of %3 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportParams</name>
    <message>
        <source>date (yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” has no parameter “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (%1) comes before the first day (%2): swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as yyyy-mm-dd, e.g. 2025-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportParamsForm</name>
    <message>
        <source>This report has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day (e.g. %1)</source>
        <extracomment>Placeholder of an empty date parameter: no limit on that side</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRows</name>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no column %1 to sort by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports — ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no reports you may run. Ask an administrator if reports are part of your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full &amp;phone numbers (the run is logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the report with these parameters (Ctrl+R or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the report (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the parameters and press Run (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this report to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled. Press Run to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows: nothing in the archive matches these parameters. Widen the date range or clear a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1” as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running; wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetailsView</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far: the request is in this stage now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer needs, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name of the responsible staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done; needed before the request leaves the plan stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. on site Tuesday, done by the 20th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the request as it is stored now; what you typed is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the budget as an amount, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestStageTimes</name>
    <message>
        <source>Service-request time per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the service requests opened in the period, the hours each spent in each stage of the service process (all its visits to the stage together, a stage it is still in counting up to now): median and 90th percentile, and how many wait in the stage now. Where the process waits shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile, hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the stage now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service &amp;request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move request stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a service request for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected request to another stage of the service process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected request and its plan (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first to open service requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service requests yet. Open one with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed request is the record of what was done. To change it, reopen it with Move stage….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled request stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup — ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups in this folder yet. Choose a backup file made elsewhere with &quot;Choose file…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in to the backup, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was restored from %1. The replaced archive was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the archive %1 with the backup %2?

Everything entered since that backup was made is removed from the archive. The current archive is kept beside it as %1.before-restore-… and can be opened again with File &gt; Open archive.

The archive is closed now; after the check, sign in with an administrator account of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; bought on %2&lt;br&gt;Amount %3 · already refunded %4 · &lt;b&gt;%5 left to refund&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 199.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the return and its refund (Enter; Ctrl+Enter in the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type yuan with at most two decimals, e.g. 199.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnVisits</name>
    <message>
        <source>Return-visit completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per staff member, the return visits due in the period: how many were due (not counting cancelled ones), done, given up as unreachable, overdue (still open after their day) and still to come, and the share done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsByReason</name>
    <message>
        <source>Returns by reason and product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per product category and return reason: returns made in the period, the amount refunded, and the return rate — those returns against the category&apos;s purchases made in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>The first day comes after the last one: swap them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatisfactionTrend</name>
    <message>
        <source>Satisfaction trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT and NPS of the scores taken at return visits, by month, and within each month by channel or by the staff member rated if asked. CSAT: the share of scores 4 and 5, and the mean; NPS: promoters (9–10) minus detractors (0–6), in points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within each month, by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is that of the complaint the visit followed, or the sales channel of the purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel or staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean CSAT (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreButtons</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys 1 to 5 set the score, 0 clears it (not asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceRequestRepository</name>
    <message>
        <source>This service request has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled request can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed. Reopen it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service request was changed by %1 at %2 after you opened it. Nothing was saved: reload the request to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the request a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a priority from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the archive &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was locked after a while without use. %1, enter your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Cannot open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo archive with 2,000 made-up customers was created at %1. You are signed in as its supervisor. Its accounts, shown only now:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffNames</name>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageMoveDialog</name>
    <message>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Now in: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reopen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled request stays where it is; open a new one if the customer comes back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling ends the request; the reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening sends the closed request back to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request back is recorded with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s content is needed before the request leaves the plan stage (Edit… the request to write it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageRules</name>
    <message>
        <source>Choose a stage from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled request cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed request cannot be cancelled. Reopen it first if it needs more work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request cannot be moved from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling a request needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening a request in %1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a request back to %1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan&apos;s content before moving on from the plan stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleProfiles</name>
    <message>
        <source>Stale profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers whose profile was not verified in the last N months (or never), with how complete it is and what is missing: the list to call and check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles last verified this many months ago or earlier, or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request stage moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase: %1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request moved: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint status moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint moved: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer has no timeline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: no purchases, interactions or requests of the chosen kinds yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayQueue</name>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your follow-ups and those assigned to nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the queue again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: open the customer and record the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — %1 overdue, %2 due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing for the team to follow up today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayQueueModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered call(s) so far</source>
        <translation>
            <numerusform>%n unanswered call so far</numerusform>
            <numerusform>%n unanswered calls so far</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingBirthdays</name>
    <message>
        <source>Upcoming birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers whose birthday falls within the next N days (today included), soonest first, with the age they turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: today&apos;s birthdays only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new staff account. Its owner signs in with the user name and the initial password, and can then change the password under File &gt; Change password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1. The old one stops working at once, and a lock after wrong passwords is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you may do. Changes to your own roles take effect when you next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 may do. The changes take effect when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds customers and keeps their profiles and service history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews complaints and service quality, runs reports, exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages users and roles, lists, settings and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make up a random password of letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand this password over now: it is not shown again. The user should change it after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles of %1 were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 40 letters, digits or . _ @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive already has users; sign in as an administrator to add more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account %1 is locked until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: the account %1 is locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: the account %1 is locked for %n minute.</numerusform>
            <numerusform>Too many wrong passwords: the account %1 is locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last administrator cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last administrator keeps the admin role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users — ServiceArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this user sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are not deleted, so that the history keeps their names. To stop someone signing in, disable the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this user from signing in. The account and its history stay; Enable gives it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

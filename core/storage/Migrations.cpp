#include "Migrations.h"

#include "Database.h"
#include "SqlDialect.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Statements both back ends run (written in SQLite's words, see SqlDialect::schema), then
// those of one back end.
struct Migration
{
    int version;
    const char *const *statements;
    const char *const *sqliteOnly;
    const char *const *postgresOnly;
};

// 1: the customer archive.
const char *const v1[] = {
        "CREATE TABLE archive_info(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE counters(name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
        "INSERT INTO counters(name, value) VALUES('customer_code', 0)",
        "CREATE TABLE customers("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " code TEXT NOT NULL UNIQUE,"
        " kind INTEGER NOT NULL DEFAULT 0,"
        " name TEXT NOT NULL,"
        " name_key BLOB NOT NULL,"
        " gender INTEGER NOT NULL DEFAULT 0,"
        " birthday TEXT,"
        " company TEXT NOT NULL DEFAULT '',"
        " title TEXT NOT NULL DEFAULT '',"
        " email TEXT NOT NULL DEFAULT '',"
        " mailing_address TEXT NOT NULL DEFAULT '',"
        " shipping_address TEXT NOT NULL DEFAULT '',"
        " source TEXT NOT NULL DEFAULT '',"
        " lifecycle INTEGER NOT NULL DEFAULT 0,"
        " value_tier INTEGER NOT NULL DEFAULT 0,"
        " owner TEXT NOT NULL DEFAULT '',"
        " notes TEXT NOT NULL DEFAULT '',"
        " marketing_consent INTEGER NOT NULL DEFAULT 0,"
        " consent_date TEXT,"
        " last_verified_at TEXT,"
        " primary_phone TEXT NOT NULL DEFAULT '',"
        " search_text TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " updated_by TEXT NOT NULL,"
        " version INTEGER NOT NULL DEFAULT 1,"
        " archived_at TEXT)",
        "CREATE TABLE customer_phones("
        " id INTEGER PRIMARY KEY,"
        " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " kind INTEGER NOT NULL,"
        " number TEXT NOT NULL,"
        " is_primary INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX customer_phones_customer ON customer_phones(customer_id, position)",
        "CREATE INDEX customer_phones_number ON customer_phones(number)",
        "CREATE TABLE customer_tags("
        " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
        " tag TEXT NOT NULL,"
        " PRIMARY KEY(customer_id, tag)) WITHOUT ROWID",
        "CREATE INDEX customer_tags_tag ON customer_tags(tag, customer_id)",
        // Two-character substrings of name and company: the trigram index cannot find them.
        // No index by customer: the repository deletes a customer's rows by their keys.
        "CREATE TABLE customer_grams("
        " gram TEXT NOT NULL,"
        " customer_id INTEGER NOT NULL,"
        " PRIMARY KEY(gram, customer_id)) WITHOUT ROWID",
        "CREATE INDEX customers_email ON customers(lower(email)) WHERE email <> ''",
        nullptr,
};
// One index per sortable list column, over the active (not archived) customers, so that every
// sort the list offers is an index walk. SQLite's indexes end in the rowid (the id) by
// themselves; PostgreSQL's name it.
const char *const v1Sqlite[] = {
        "CREATE INDEX customers_active_name ON customers(name_key) WHERE archived_at IS NULL",
        "CREATE INDEX customers_active_phone ON customers(primary_phone) WHERE archived_at IS NULL",
        "CREATE INDEX customers_active_company ON customers(company) WHERE archived_at IS NULL",
        "CREATE INDEX customers_active_lifecycle ON customers(lifecycle, name_key)"
        " WHERE archived_at IS NULL",
        "CREATE INDEX customers_active_tier ON customers(value_tier, name_key)"
        " WHERE archived_at IS NULL",
        "CREATE INDEX customers_active_owner ON customers(owner, name_key)"
        " WHERE archived_at IS NULL",
        "CREATE INDEX customers_active_updated ON customers(updated_at) WHERE archived_at IS NULL",
        "CREATE INDEX customers_archived ON customers(archived_at) WHERE archived_at IS NOT NULL",
        // Substring search over name, company, email, code and phone digits (>= 3 characters).
        "CREATE VIRTUAL TABLE customer_fts USING fts5(search_text, content='customers',"
        " content_rowid='id', tokenize='trigram', detail='none')",
        "CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN"
        " INSERT INTO customer_fts(rowid, search_text) VALUES(new.id, new.search_text); END",
        "CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN"
        " INSERT INTO customer_fts(customer_fts, rowid, search_text)"
        " VALUES('delete', old.id, old.search_text); END",
        "CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text ON customers BEGIN"
        " INSERT INTO customer_fts(customer_fts, rowid, search_text)"
        " VALUES('delete', old.id, old.search_text);"
        " INSERT INTO customer_fts(rowid, search_text) VALUES(new.id, new.search_text); END",
        "PRAGMA application_id = 1396789827", // Database::ApplicationId, 'SARC'
        nullptr,
};
const char *const v1Postgres[] = {
        "CREATE INDEX customers_active_name ON customers(name_key, id) WHERE archived_at IS NULL",
        "CREATE INDEX customers_active_phone ON customers(primary_phone, id) WHERE archived_at IS "
        "NULL",
        "CREATE INDEX customers_active_company ON customers(company, id) WHERE archived_at IS NULL",
        "CREATE INDEX customers_active_lifecycle ON customers(lifecycle, name_key, id)"
        " WHERE archived_at IS NULL",
        "CREATE INDEX customers_active_tier ON customers(value_tier, name_key, id)"
        " WHERE archived_at IS NULL",
        "CREATE INDEX customers_active_owner ON customers(owner, name_key, id)"
        " WHERE archived_at IS NULL",
        "CREATE INDEX customers_active_updated ON customers(updated_at, id) WHERE archived_at IS "
        "NULL",
        "CREATE INDEX customers_archived ON customers(archived_at, id) WHERE archived_at IS NOT "
        "NULL",
        "INSERT INTO archive_info(key, value) VALUES('application', 'ServiceArchive')",
        // The same substring search through pg_trgm (which a superuser may have to install
        // first, see README): its GIN index serves LIKE '%term%'.
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE INDEX customers_search ON customers USING gin (search_text gin_trgm_ops)",
        nullptr,
};

// 2: staff accounts and the audit trail.
const char *const v2[] = {
        "CREATE TABLE users("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " login TEXT NOT NULL,"
        " display_name TEXT NOT NULL,"
        " password_hash TEXT NOT NULL,"
        " roles INTEGER NOT NULL,"
        " disabled INTEGER NOT NULL DEFAULT 0,"
        " failed_attempts INTEGER NOT NULL DEFAULT 0,"
        " locked_until TEXT,"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " version INTEGER NOT NULL DEFAULT 1)",
        "CREATE UNIQUE INDEX users_login ON users(lower(login))",
        "CREATE TABLE audit_log("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " at TEXT NOT NULL,"
        " user_login TEXT NOT NULL,"
        " action TEXT NOT NULL,"
        " entity TEXT NOT NULL,"
        " entity_id INTEGER NOT NULL,"
        " details TEXT NOT NULL,"
        " prev_hash TEXT NOT NULL,"
        " hash TEXT NOT NULL)",
        "CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id)",
        "CREATE INDEX audit_log_user ON audit_log(user_login, id)",
        "CREATE INDEX audit_log_at ON audit_log(at)",
        nullptr,
};
// Append-only: the application never changes or removes an entry.
const char *const v2Sqlite[] = {
        SqlDialect::SqliteAuditGuard[0],
        SqlDialect::SqliteAuditGuard[1],
        nullptr,
};
const char *const v2Postgres[] = {
        SqlDialect::PostgresAuditGuard[0],
        SqlDialect::PostgresAuditGuard[1],
        SqlDialect::PostgresAuditGuard[2],
        nullptr,
};

// 3: the service history. Money is in minor units; times are UTC ISO-8601 text, dates
// yyyy-MM-dd. Each history table is read per customer, newest first (the profile's tabs and the
// timeline): (customer_id, time, id) indexes serve those pages on both back ends.
const char *const v3[] = {
        // Admin-editable settings as JSON values (classification thresholds, ...).
        "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        // Editable choice lists (payment methods, return reasons, ...): an empty label shows
        // the built-in translated word for the code; retired entries stay readable on old rows
        // but are no longer offered.
        "CREATE TABLE choices("
        " list TEXT NOT NULL,"
        " code TEXT NOT NULL,"
        " label TEXT NOT NULL DEFAULT '',"
        " position INTEGER NOT NULL,"
        " retired INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY(list, code))",
        "INSERT INTO choices(list, code, position) VALUES"
        " ('payment_method', 'cash', 1), ('payment_method', 'bank_card', 2),"
        " ('payment_method', 'wechat_pay', 3), ('payment_method', 'alipay', 4),"
        " ('payment_method', 'transfer', 5), ('payment_method', 'other', 6),"
        " ('return_reason', 'quality', 1), ('return_reason', 'packaging', 2),"
        " ('return_reason', 'wrong_item', 3), ('return_reason', 'not_as_described', 4),"
        " ('return_reason', 'changed_mind', 5), ('return_reason', 'other', 6)",
        "CREATE TABLE purchases("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " customer_id INTEGER NOT NULL REFERENCES customers(id),"
        " purchased_at TEXT NOT NULL,"
        " product TEXT NOT NULL,"
        " category TEXT NOT NULL DEFAULT '',"
        " quantity INTEGER NOT NULL CHECK (quantity > 0),"
        " unit_price INTEGER NOT NULL CHECK (unit_price >= 0),"
        " amount INTEGER NOT NULL CHECK (amount >= 0),"
        // The sum of this purchase's returns, kept in the same transaction as each return.
        " refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded >= 0 AND refunded <= amount),"
        " payment_method TEXT NOT NULL DEFAULT '',"
        " channel TEXT NOT NULL DEFAULT '',"
        " notes TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " updated_by TEXT NOT NULL,"
        " version INTEGER NOT NULL DEFAULT 1)",
        "CREATE INDEX purchases_customer ON purchases(customer_id, purchased_at, id)",
        "CREATE INDEX purchases_at ON purchases(purchased_at)",
        "CREATE TABLE purchase_returns("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " purchase_id INTEGER NOT NULL REFERENCES purchases(id),"
        " customer_id INTEGER NOT NULL REFERENCES customers(id),"
        " returned_at TEXT NOT NULL,"
        " reason TEXT NOT NULL,"
        " refunded INTEGER NOT NULL CHECK (refunded >= 0),"
        " notes TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL)",
        "CREATE INDEX purchase_returns_purchase ON purchase_returns(purchase_id, id)",
        "CREATE INDEX purchase_returns_customer ON purchase_returns(customer_id, returned_at, id)",
        "CREATE INDEX purchase_returns_at ON purchase_returns(returned_at)",
        "CREATE TABLE interactions("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " customer_id INTEGER NOT NULL REFERENCES customers(id),"
        " occurred_at TEXT NOT NULL,"
        " channel INTEGER NOT NULL,"
        " direction INTEGER NOT NULL,"
        " type INTEGER NOT NULL,"
        " summary TEXT NOT NULL,"
        " result TEXT NOT NULL DEFAULT '',"
        " staff TEXT NOT NULL,"
        " duration_seconds INTEGER NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL)",
        "CREATE INDEX interactions_customer ON interactions(customer_id, occurred_at, id)",
        "CREATE INDEX interactions_at ON interactions(occurred_at)",
        "CREATE TABLE service_requests("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " customer_id INTEGER NOT NULL REFERENCES customers(id),"
        " title TEXT NOT NULL,"
        " description TEXT NOT NULL DEFAULT '',"
        " priority INTEGER NOT NULL DEFAULT 1,"
        " owner TEXT NOT NULL DEFAULT '',"
        " due_on TEXT,"
        " stage INTEGER NOT NULL DEFAULT 0,"
        " cancel_reason TEXT NOT NULL DEFAULT '',"
        " plan_content TEXT NOT NULL DEFAULT '',"
        " plan_schedule TEXT NOT NULL DEFAULT '',"
        " plan_budget INTEGER NOT NULL DEFAULT 0 CHECK (plan_budget >= 0),"
        " opened_at TEXT NOT NULL,"
        " closed_at TEXT,"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " updated_by TEXT NOT NULL,"
        " version INTEGER NOT NULL DEFAULT 1)",
        "CREATE INDEX service_requests_customer ON service_requests(customer_id, opened_at, id)",
        "CREATE INDEX service_requests_open ON service_requests(customer_id) WHERE closed_at IS "
        "NULL",
        "CREATE INDEX service_requests_owner ON service_requests(owner, stage)",
        // Every stage move (who, when, from, to, why): the cycle time per stage is derived from
        // these. The first row of a request has no from_stage (it was opened).
        "CREATE TABLE request_stage_moves("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " request_id INTEGER NOT NULL REFERENCES service_requests(id),"
        " customer_id INTEGER NOT NULL REFERENCES customers(id),"
        " moved_at TEXT NOT NULL,"
        " moved_by TEXT NOT NULL,"
        " from_stage INTEGER,"
        " to_stage INTEGER NOT NULL,"
        " reason TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX request_stage_moves_request ON request_stage_moves(request_id, id)",
        "CREATE INDEX request_stage_moves_customer ON request_stage_moves(customer_id, moved_at, "
        "id)",
        nullptr,
};
const char *const v3Sqlite[] = {
        nullptr,
};
const char *const v3Postgres[] = {
        nullptr,
};

// 4: complaints, their changes, and follow-ups (return visits) with satisfaction scores.
const char *const v4[] = {
        // Two-level lists (complaint reasons): a second-level entry names its first-level one.
        "ALTER TABLE choices ADD COLUMN parent TEXT NOT NULL DEFAULT ''",
        "INSERT INTO choices(list, code, position) VALUES"
        " ('complaint_reason', 'product_quality', 1), ('complaint_reason', 'service_attitude', 2),"
        " ('complaint_reason', 'delivery', 3), ('complaint_reason', 'billing', 4),"
        " ('complaint_reason', 'after_sales', 5), ('complaint_reason', 'other', 6),"
        " ('compensation_kind', 'refund', 1), ('compensation_kind', 'replacement', 2),"
        " ('compensation_kind', 'repair', 3), ('compensation_kind', 'voucher', 4),"
        " ('compensation_kind', 'gift', 5), ('compensation_kind', 'other', 6)",
        "INSERT INTO choices(list, code, position, parent) VALUES"
        " ('complaint_reason', 'product_quality.defect', 1, 'product_quality'),"
        " ('complaint_reason', 'product_quality.performance', 2, 'product_quality'),"
        " ('complaint_reason', 'product_quality.safety', 3, 'product_quality'),"
        " ('complaint_reason', 'service_attitude.rude', 1, 'service_attitude'),"
        " ('complaint_reason', 'service_attitude.slow', 2, 'service_attitude'),"
        " ('complaint_reason', 'service_attitude.unprofessional', 3, 'service_attitude'),"
        " ('complaint_reason', 'delivery.late', 1, 'delivery'),"
        " ('complaint_reason', 'delivery.damaged', 2, 'delivery'),"
        " ('complaint_reason', 'delivery.wrong_item', 3, 'delivery'),"
        " ('complaint_reason', 'billing.overcharge', 1, 'billing'),"
        " ('complaint_reason', 'billing.refund_delay', 2, 'billing'),"
        " ('complaint_reason', 'billing.invoice', 3, 'billing'),"
        " ('complaint_reason', 'after_sales.repair', 1, 'after_sales'),"
        " ('complaint_reason', 'after_sales.no_response', 2, 'after_sales'),"
        " ('complaint_reason', 'after_sales.warranty', 3, 'after_sales')",
        "CREATE TABLE complaints("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " customer_id INTEGER NOT NULL REFERENCES customers(id),"
        " received_at TEXT NOT NULL,"
        " channel INTEGER NOT NULL,"
        " reason TEXT NOT NULL," // first-level code of complaint_reason
        " sub_reason TEXT NOT NULL DEFAULT ''," // second-level code, or ''
        " severity INTEGER NOT NULL,"
        " description TEXT NOT NULL,"
        " purchase_id INTEGER REFERENCES purchases(id),"
        " request_id INTEGER REFERENCES service_requests(id),"
        " handler TEXT NOT NULL DEFAULT '',"
        " status INTEGER NOT NULL DEFAULT 0,"
        " response TEXT NOT NULL DEFAULT '',"
        " resolution TEXT NOT NULL DEFAULT '',"
        " root_cause TEXT NOT NULL DEFAULT '',"
        " corrective_action TEXT NOT NULL DEFAULT '',"
        " preventive_action TEXT NOT NULL DEFAULT '',"
        " compensation_kind TEXT NOT NULL DEFAULT '',"
        " compensation_amount INTEGER NOT NULL DEFAULT 0 CHECK (compensation_amount >= 0),"
        " confirmation INTEGER NOT NULL DEFAULT 0,"
        " confirmed_at TEXT,"
        // The SLA: due times fixed from received_at and the policy when the complaint was
        // received (or its severity changed); when it was first answered and last resolved;
        // and whether a due time was missed, which stays set once it is.
        " response_due_at TEXT NOT NULL,"
        " resolution_due_at TEXT NOT NULL,"
        " responded_at TEXT,"
        " resolved_at TEXT,"
        " closed_at TEXT,"
        " response_missed INTEGER NOT NULL DEFAULT 0,"
        " resolution_missed INTEGER NOT NULL DEFAULT 0,"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " updated_by TEXT NOT NULL,"
        " version INTEGER NOT NULL DEFAULT 1)",
        "CREATE INDEX complaints_customer ON complaints(customer_id, received_at, id)",
        "CREATE INDEX complaints_received ON complaints(received_at, id)",
        "CREATE INDEX complaints_status ON complaints(status, received_at, id)",
        "CREATE INDEX complaints_handler ON complaints(handler, status)",
        "CREATE INDEX complaints_purchase ON complaints(purchase_id) WHERE purchase_id IS NOT NULL",
        "CREATE INDEX complaints_request ON complaints(request_id) WHERE request_id IS NOT NULL",
        // Every change of a complaint, field by field: who, when, before -> after (as stored
        // text; statuses and severities as numbers), and the reason a reopen gives. The first
        // row of a complaint has field 'status', no before and after = 0 (received).
        "CREATE TABLE complaint_changes("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
        " customer_id INTEGER NOT NULL REFERENCES customers(id),"
        " changed_at TEXT NOT NULL,"
        " changed_by TEXT NOT NULL,"
        " field TEXT NOT NULL,"
        " before TEXT,"
        " after TEXT,"
        " reason TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX complaint_changes_complaint ON complaint_changes(complaint_id, id)",
        "CREATE INDEX complaint_changes_customer ON complaint_changes(customer_id, changed_at, id)",
        // Follow-ups and return visits: planned for a date, done (with an outcome and perhaps a
        // score), or given up. rule names the automatic rule that planned it ('' by hand); one
        // per customer, rule and source row (source_id: the purchase, request or complaint, or
        // the birthday's year), so a rule that runs twice plans once.
        "CREATE TABLE follow_ups("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " customer_id INTEGER NOT NULL REFERENCES customers(id),"
        " purchase_id INTEGER REFERENCES purchases(id),"
        " request_id INTEGER REFERENCES service_requests(id),"
        " complaint_id INTEGER REFERENCES complaints(id),"
        " rule TEXT NOT NULL DEFAULT '',"
        " source_id INTEGER NOT NULL DEFAULT 0,"
        " purpose TEXT NOT NULL,"
        " due_on TEXT NOT NULL,"
        " assignee TEXT NOT NULL DEFAULT '',"
        " status INTEGER NOT NULL DEFAULT 0,"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " done_at TEXT,"
        " done_by TEXT NOT NULL DEFAULT '',"
        " outcome TEXT NOT NULL DEFAULT '',"
        " notes TEXT NOT NULL DEFAULT '',"
        // The score taken at the desk, and the staff member whose service it rates.
        " csat INTEGER CHECK (csat BETWEEN 1 AND 5),"
        " nps INTEGER CHECK (nps BETWEEN 0 AND 10),"
        " rated_staff TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " updated_by TEXT NOT NULL,"
        " version INTEGER NOT NULL DEFAULT 1)",
        "CREATE UNIQUE INDEX follow_ups_rule ON follow_ups(customer_id, rule, source_id)"
        " WHERE rule <> ''",
        "CREATE INDEX follow_ups_customer ON follow_ups(customer_id, due_on, id)",
        // The timeline's return visits: those done or given up, by when.
        "CREATE INDEX follow_ups_customer_done ON follow_ups(customer_id, done_at, id)"
        " WHERE done_at IS NOT NULL",
        "CREATE INDEX follow_ups_queue ON follow_ups(status, assignee, due_on, id)",
        "CREATE INDEX follow_ups_due ON follow_ups(status, due_on, id)",
        "CREATE INDEX follow_ups_done ON follow_ups(done_at) WHERE done_at IS NOT NULL",
        "CREATE INDEX follow_ups_complaint ON follow_ups(complaint_id) WHERE complaint_id IS NOT "
        "NULL",
        "CREATE INDEX follow_ups_request ON follow_ups(request_id) WHERE request_id IS NOT NULL",
        "CREATE INDEX follow_ups_purchase ON follow_ups(purchase_id) WHERE purchase_id IS NOT NULL",
        // The daily birthday greetings look customers up by month and day.
        "CREATE INDEX customers_birthday ON customers(substr(birthday, 6, 5))"
        " WHERE archived_at IS NULL AND birthday IS NOT NULL",
        nullptr,
};
const char *const v4Sqlite[] = {
        nullptr,
};
const char *const v4Postgres[] = {
        // Text in descriptions and resolutions, found by substring (the supervisor's filter).
        "CREATE INDEX complaints_text ON complaints"
        " USING gin ((description || ' ' || resolution) gin_trgm_ops)",
        nullptr,
};

// Schema 5: the supervisor's complaint list reads from covering indexes.
const char *const v5[] = {
        // The supervisor's list (ComplaintFilter): one index per filter it offers, each in the
        // list's default order (newest first) and carrying the other short filter columns, so
        // that any combination of them, and the counts per status, are read from one index
        // without visiting the rows (SQLite defers the row until a column it lacks is needed).
        // Sorting by severity, handler or reason walks the index of that column.
        "DROP INDEX complaints_received",
        "DROP INDEX complaints_status",
        "DROP INDEX complaints_handler",
        "CREATE INDEX complaints_received ON complaints"
        "(received_at, id, status, severity, handler, reason, sub_reason)",
        "CREATE INDEX complaints_status ON complaints"
        "(status, received_at, id, severity, handler, reason, sub_reason)",
        "CREATE INDEX complaints_severity ON complaints"
        "(severity, received_at, id, status, handler, reason, sub_reason)",
        "CREATE INDEX complaints_handler ON complaints"
        "(handler, received_at, id, status, severity, reason, sub_reason)",
        "CREATE INDEX complaints_reason ON complaints"
        "(reason, sub_reason, received_at, id, status, severity, handler)",
        nullptr,
};
const char *const v5Sqlite[] = {
        nullptr,
};
const char *const v5Postgres[] = {
        nullptr,
};

// Schema 6: imports from CSV files, recorded so that each can be taken back as a whole. Rows an
// import created carry its id; rows it changed keep their values from before (import_changes,
// a JSON object of the columns it overwrote) with the version the import left them at, so an
// undo can tell whether anyone changed them since.
const char *const v6[] = {
        "CREATE TABLE imports("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " kind TEXT NOT NULL,"
        " file_name TEXT NOT NULL,"
        " imported_at TEXT NOT NULL,"
        " imported_by TEXT NOT NULL,"
        " rows INTEGER NOT NULL DEFAULT 0,"
        " created INTEGER NOT NULL DEFAULT 0,"
        " updated INTEGER NOT NULL DEFAULT 0,"
        " skipped INTEGER NOT NULL DEFAULT 0,"
        " undone_at TEXT,"
        " undone_by TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE import_changes("
        " import_id INTEGER NOT NULL REFERENCES imports(id),"
        " table_name TEXT NOT NULL,"
        " row_id INTEGER NOT NULL,"
        " version_after INTEGER NOT NULL,"
        " before TEXT NOT NULL,"
        " PRIMARY KEY(import_id, table_name, row_id))",
        // The customer's id in the system a file came from (Olist's customer_id, ...): imports
        // find duplicates by it.
        "ALTER TABLE customers ADD COLUMN external_id TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX customers_external_id ON customers(external_id) WHERE external_id <> ''",
        "ALTER TABLE customers ADD COLUMN import_id INTEGER",
        "ALTER TABLE purchases ADD COLUMN import_id INTEGER",
        "ALTER TABLE interactions ADD COLUMN import_id INTEGER",
        "ALTER TABLE complaints ADD COLUMN import_id INTEGER",
        "CREATE INDEX customers_import ON customers(import_id) WHERE import_id IS NOT NULL",
        "CREATE INDEX purchases_import ON purchases(import_id) WHERE import_id IS NOT NULL",
        "CREATE INDEX interactions_import ON interactions(import_id) WHERE import_id IS NOT NULL",
        "CREATE INDEX complaints_import ON complaints(import_id) WHERE import_id IS NOT NULL",
        nullptr,
};
const char *const v6Sqlite[] = {
        nullptr,
};
const char *const v6Postgres[] = {
        nullptr,
};

// Schema 7: indexes the reports read from, so that a report's first page or an aggregate over
// the whole archive reads an index instead of every row of a wide table.
const char *const v7[] = {
        // Customer segmentation counts active customers by lifecycle and value tier (and owner).
        "CREATE INDEX customers_active_segment ON customers(lifecycle, value_tier, owner)"
        " WHERE archived_at IS NULL",
        // Satisfaction trend: the scores of done follow-ups, by when they were taken.
        "CREATE INDEX follow_ups_scores ON follow_ups"
        "(status, done_at, csat, nps, rated_staff, complaint_id, purchase_id)"
        " WHERE csat IS NOT NULL OR nps IS NOT NULL",
        // A complaint's latest score (complaint history and handling): found in the index.
        "DROP INDEX follow_ups_complaint",
        "CREATE INDEX follow_ups_complaint ON follow_ups(complaint_id, status, done_at, id, csat)"
        " WHERE complaint_id IS NOT NULL",
        // Return-visit completion counts per assignee, by status and due day; the Today queue
        // walks one assignee's planned visits in (due_on, id) order. One index serves both.
        "DROP INDEX follow_ups_queue",
        "CREATE INDEX follow_ups_queue ON follow_ups(assignee, status, due_on, id)",
        // Customer value: spend per customer from the index, not the purchase rows.
        "DROP INDEX purchases_customer",
        "CREATE INDEX purchases_customer ON purchases"
        "(customer_id, purchased_at, id, amount, refunded)",
        // Returns by reason: the purchases per category (in the period).
        "CREATE INDEX purchases_category ON purchases(category, purchased_at)",
        // Service-request time per stage: requests by when they were opened, their moves in
        // order with what the report reads.
        "CREATE INDEX service_requests_opened ON service_requests(opened_at, id)",
        "DROP INDEX request_stage_moves_request",
        "CREATE INDEX request_stage_moves_request ON request_stage_moves"
        "(request_id, id, moved_at, from_stage, to_stage)",
        nullptr,
};
// Stale profiles: in their own order (verified longest ago first, never verified last), and
// counted from the index. SQLite's index names archived_at so that it covers the count.
const char *const v7Sqlite[] = {
        "CREATE INDEX customers_active_verified ON customers"
        "((last_verified_at IS NULL), last_verified_at, id, archived_at, owner)"
        " WHERE archived_at IS NULL",
        nullptr,
};
const char *const v7Postgres[] = {
        "CREATE INDEX customers_active_verified ON customers"
        "((last_verified_at IS NULL), last_verified_at, id, owner) WHERE archived_at IS NULL",
        nullptr,
};

const Migration migrations[] = {
        {1, v1, v1Sqlite, v1Postgres},
        {2, v2, v2Sqlite, v2Postgres},
        {3, v3, v3Sqlite, v3Postgres},
        {4, v4, v4Sqlite, v4Postgres},
        {5, v5, v5Sqlite, v5Postgres},
        {6, v6, v6Sqlite, v6Postgres},
        {7, v7, v7Sqlite, v7Postgres},
};

} // namespace

QStringList Migrations::tables()
{
    return {QStringLiteral("archive_info"),
            QStringLiteral("counters"),
            QStringLiteral("customers"),
            QStringLiteral("customer_phones"),
            QStringLiteral("customer_tags"),
            QStringLiteral("customer_grams"),
            QStringLiteral("users"),
            QStringLiteral("audit_log"),
            QStringLiteral("settings"),
            QStringLiteral("choices"),
            QStringLiteral("purchases"),
            QStringLiteral("purchase_returns"),
            QStringLiteral("interactions"),
            QStringLiteral("service_requests"),
            QStringLiteral("request_stage_moves"),
            QStringLiteral("complaints"),
            QStringLiteral("complaint_changes"),
            QStringLiteral("follow_ups"),
            QStringLiteral("imports"),
            QStringLiteral("import_changes")};
}

int Migrations::latestVersion()
{
    return std::size(migrations);
}

Status Migrations::upgrade(Database &db, int targetVersion)
{
    static_assert(Database::ApplicationId == 1396789827);
    for (const Migration &migration : migrations) {
        if (migration.version > targetVersion)
            break;
        const Status status = WriteTransaction::run(db, [&]() -> Status {
            // Read inside the write lock: another process may have migrated meanwhile.
            if (db.schemaVersion() >= migration.version)
                return Done {};
            const SqlDialect &dialect = db.dialect();
            QSqlQuery q(db.connection());
            for (const char *const *list :
                 {migration.statements,
                  dialect.isPostgres() ? migration.postgresOnly : migration.sqliteOnly}) {
                for (const char *const *s = list; *s; ++s) {
                    if (!q.exec(dialect.schema(*s)))
                        return makeError(Error::Code::Storage,
                                         tr("Upgrading the archive to format %1 failed: %2")
                                                 .arg(migration.version)
                                                 .arg(q.lastError().text()));
                }
            }
            for (const QString &sql : dialect.writeSchemaVersion(migration.version))
                if (!q.exec(sql))
                    return Database::storageError(q.lastError());
            return Done {};
        });
        if (!status)
            return status;
    }
    return Done {};
}

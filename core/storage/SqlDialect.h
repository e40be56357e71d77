#pragma once

#include "ArchiveAddress.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// The one place where SQL differs between SQLite and PostgreSQL. Everything else in core writes
// SQL both accept (standard DML, ON CONFLICT, RETURNING, partial indexes).
class SqlDialect
{
public:
    using Backend = ArchiveAddress::Backend;

    explicit SqlDialect(Backend backend)
        : m_backend(backend)
    { }
    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSQL; }

    // Schema statements are written in SQLite's words (upper-case types); on PostgreSQL
    // INTEGER becomes BIGINT, an INTEGER PRIMARY KEY an identity column, BLOB BYTEA, TEXT
    // compares bytewise as in SQLite (COLLATE "C") and WITHOUT ROWID goes.
    QString schema(const char *statement) const;

    // lower() of a bound text, folding exactly as lower() of a stored column does: ASCII only
    // (SQLite's lower(); on PostgreSQL the columns compare as COLLATE "C", the parameter must too).
    QString lowerParam() const;

    // Starts a write transaction that holds the archive's single write lock until it ends, so
    // writers queue and never lose one another's updates: BEGIN IMMEDIATE on SQLite; on
    // PostgreSQL BEGIN plus a transaction-scoped advisory lock.
    QStringList beginWrite() const;
    // A read transaction that sees one consistent snapshot across its statements (a copy of a
    // whole archive while other desks keep working).
    QString beginSnapshot() const;

    // The archive's schema version: SQLite keeps it in the file header (user_version),
    // PostgreSQL in archive_info. Each statement yields one number; a 0 ends the reading (no
    // archive yet), the last one is the version.
    QStringList readSchemaVersion() const;
    QStringList writeSchemaVersion(int version) const;

    // Customers whose search_text contains term (three characters or more, already folded):
    // a subquery yielding ids, with its bind values, and a condition on customers that confirms
    // the match (SQLite's trigram index has no positions).
    struct Match
    {
        QString subquery;
        QVariantList binds;
        QString confirm; // "" or " AND ..." on customers, with one bind: the term
    };
    Match substringMatch(const QString &term) const;
    // A condition that the text expression contains a term, ASCII letters in any case (LIKE on
    // SQLite; ILIKE on PostgreSQL, where a pg_trgm GIN index on exactly that expression serves
    // it): one bind value, containsPattern(term).
    QString containsText(const QString &expression) const;
    static QString containsPattern(const QString &term);

    // What a bulk load may drop and recreate on one table (the one bind value): rows of kind
    // ("index" or "trigger"), name and the statement that creates it again. Primary keys and
    // unique constraints stay.
    QString secondaryIndexes() const;
    // Whether a transaction that changes an indexed column on most rows of a table had better
    // drop those indexes and build them again before it commits: on SQLite it is many times
    // faster, and readers keep their snapshot with the indexes; on PostgreSQL every other index
    // of the table gets an entry for each new row version all the same, and DROP INDEX would
    // lock every reader out of the table until the commit.
    bool rebuildsIndexesForMassUpdates() const { return !isPostgres(); }

    // The highest id ever stored in table (whose ids the application assigns itself), also when
    // those rows were deleted since: one row and column, or no row. SQLite keeps it in
    // sqlite_sequence (rolled back with the transaction); on PostgreSQL recordHighestId() keeps
    // it in counters, in the same transaction (a sequence would not roll back). One bind value:
    // the id; empty on SQLite.
    QString highestIdEver(const QString &table) const;
    QString recordHighestId(const QString &table) const;
    // After rows were inserted with explicit ids: moves the table's identity sequence on past the
    // id (the one bind value) on PostgreSQL; empty on SQLite, where the rowid follows by itself.
    QString recordExplicitId(const QString &table) const;

    // The audit log is append-only: triggers refuse every UPDATE and DELETE. Created by schema
    // version 2; lifted inside an erasure's transaction only (it rewrites the erased values).
    static constexpr const char *SqliteAuditGuard[] = {
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
            " SELECT RAISE(ABORT, 'the audit log is append-only'); END",
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
            " SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    };
    static constexpr const char *PostgresAuditGuard[] = {
            "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS"
            " $$BEGIN RAISE EXCEPTION 'the audit log is append-only'; END$$",
            "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log"
            " FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
            " FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
    };
    QStringList liftAuditGuard() const;
    QStringList restoreAuditGuard() const;

    // Run after an erasure has committed, so that no copy of the old values stays behind: on
    // SQLite FTS5 keeps deleted terms in its segments until they are merged away and the WAL
    // keeps old page images until it is checkpointed; PostgreSQL keeps dead row versions, and
    // plain VACUUM leaves their bytes in the pages' free space, so the tables are rewritten
    // (VACUUM FULL, which holds their exclusive lock meanwhile: other desks wait). The customer
    // tables and the audit log always; of the history tables only those given, the ones where
    // the erasure rewrote rows (each is rewritten whole: on a big archive interactions cost most).
    QStringList purgeAfterErase(const QStringList &historyTables = {}) const;

    // PostgreSQL announces every committed write on this channel, with the archive's schema as
    // payload, so other desks refresh (SQLite desks poll PRAGMA data_version instead).
    static constexpr const char *ChangeChannel = "servicearchive_changes";
    // Run just before COMMIT; empty on SQLite.
    QStringList beforeCommit() const;

private:
    Backend m_backend;
};

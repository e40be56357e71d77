#include "ImportCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "csv/CsvDecoder.h"
#include "import/ImportLog.h"
#include "import/Importer.h"

#include <QFile>
#include <QLocale>

using namespace CommandSupport;

namespace {

const QString command = QStringLiteral("import");

int failure(const Error &e)
{
    printCommandError(command, e.message);
    switch (e.code) {
    case Error::Code::Permission:
        return ImportCommand::ExitRefused;
    case Error::Code::Invalid:
    case Error::Code::File: // the CSV file cannot be read
        return ImportCommand::ExitFileRefused;
    default:
        return ExitFailed;
    }
}

int list(Database &db, const Actor &actor)
{
    ImportLog log(db, actor);
    const Result<QList<ImportLog::Entry>> entries = log.entries();
    if (!entries)
        return failure(entries.error());
    for (const ImportLog::Entry &e : entries.value())
        printOut(CommandLine::tr("%1  %2  %3  %4 by %5: %6 created, %7 updated%8")
                         .arg(e.id)
                         .arg(ImportFields::kindKey(e.kind), -12)
                         .arg(e.fileName,
                              QLocale().toString(e.importedAt.toLocalTime(), QLocale::ShortFormat),
                              e.importedBy)
                         .arg(e.created)
                         .arg(e.updated)
                         .arg(e.undoneAt.isValid()
                                      ? CommandLine::tr(" (undone by %1)").arg(e.undoneBy)
                                      : QString()));
    return ExitOk;
}

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
            "Imports a CSV file as customers, purchases, interactions or complaints, all or "
            "nothing in one transaction (see docs/command-line.md). Needs the right to import."));
    parser.addPositionalArgument(QStringLiteral("IN.csv"), CommandLine::tr("The file to import."));
    parser.addOption(existingArchiveOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("kind"),
                      CommandLine::tr("What the file holds: customers, purchases, interactions "
                                      "or complaints."),
                      CommandLine::tr("KIND")});
    parser.addOption({QStringLiteral("mapping"),
                      CommandLine::tr("A saved column mapping (JSON); without it the columns are "
                                      "mapped by their header names."),
                      CommandLine::tr("MAP.json")});
    parser.addOption({QStringLiteral("encoding"),
                      CommandLine::tr("auto (default), utf-8, gb18030 or windows-1252."),
                      CommandLine::tr("ENCODING"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("delimiter"),
                      CommandLine::tr("auto (default), comma, semicolon or tab."),
                      CommandLine::tr("DELIMITER"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("dry-run"),
                      CommandLine::tr("Check every row and count; write nothing.")});
    parser.addOption({QStringLiteral("skip-invalid"),
                      CommandLine::tr("Leave rows with errors out instead of refusing the file.")});
    parser.addOption({QStringLiteral("on-duplicate"),
                      CommandLine::tr("Customers matching one in the archive by phone, email or "
                                      "id: create, update or skip (default)."),
                      CommandLine::tr("RULE")});
    parser.addOption({QStringLiteral("errors"),
                      CommandLine::tr("Write the rows' errors to this CSV file."),
                      CommandLine::tr("ERR.csv")});
    parser.addOption({QStringLiteral("decimal-comma"),
                      CommandLine::tr("Amounts are written with a decimal comma (261,96).")});
    parser.addOption({QStringLiteral("list"), CommandLine::tr("List the past imports.")});
    parser.addOption({QStringLiteral("undo"),
                      CommandLine::tr("Take back the import with this number as a whole."),
                      CommandLine::tr("ID")});
    parser.addHelpOption();
    parser.addOption(langOption());
    QStringList args = arguments;
    args.removeAt(1);
    if (!parser.parse(args)) {
        printCommandError(command, parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const std::optional<QString> archive = required(parser,
                                                    command,
                                                    QStringLiteral("archive"),
                                                    CommandLine::tr("FILE"));
    if (!archive)
        return ExitUsage;
    const bool listing = parser.isSet(QStringLiteral("list"));
    const bool undoing = parser.isSet(QStringLiteral("undo"));
    qint64 undoId = 0;
    if (undoing) {
        bool ok = false;
        undoId = parser.value(QStringLiteral("undo")).toLongLong(&ok);
        if (!ok || undoId <= 0) {
            printCommandError(command,
                              CommandLine::tr(
                                      "--undo needs the number of an import (see --list)."));
            return ExitUsage;
        }
    }
    const QStringList files = parser.positionalArguments();
    ImportMapping mapping;
    Importer::Options options;
    if (!listing && !undoing) {
        if (files.size() != 1) {
            printCommandError(command, CommandLine::tr("name one CSV file to import (try --help)."));
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("mapping"))) {
            QFile file(parser.value(QStringLiteral("mapping")));
            if (!file.open(QIODevice::ReadOnly)) {
                printCommandError(command,
                                  CommandLine::tr("cannot read the mapping %1: %2")
                                          .arg(file.fileName(), file.errorString()));
                return ExitUsage;
            }
            const Result<ImportMapping> read = ImportMapping::fromJson(file.readAll());
            if (!read) {
                printCommandError(command, read.error().message);
                return ExitUsage;
            }
            mapping = read.value();
        }
        if (parser.isSet(QStringLiteral("kind"))) {
            const std::optional<ImportKind> kind = ImportFields::kindFromKey(
                    parser.value(QStringLiteral("kind")));
            if (!kind) {
                printCommandError(command,
                                  CommandLine::tr("--kind must be customers, purchases, "
                                                  "interactions or complaints."));
                return ExitUsage;
            }
            if (parser.isSet(QStringLiteral("mapping")) && *kind != mapping.kind) {
                printCommandError(command,
                                  CommandLine::tr("--kind differs from the mapping's kind."));
                return ExitUsage;
            }
            mapping.kind = *kind;
        } else if (!parser.isSet(QStringLiteral("mapping"))) {
            printCommandError(command, CommandLine::tr("--kind is missing (try --help)."));
            return ExitUsage;
        }
        const std::optional<CsvTextEncoding> encoding = CsvDecoder::fromName(
                parser.value(QStringLiteral("encoding")));
        if (!encoding) {
            printCommandError(command,
                              CommandLine::tr("--encoding must be auto, utf-8, gb18030 or "
                                              "windows-1252."));
            return ExitUsage;
        }
        options.csv.encoding = *encoding;
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (delimiter == u"comma")
            options.csv.delimiter = QLatin1Char(',');
        else if (delimiter == u"semicolon")
            options.csv.delimiter = QLatin1Char(';');
        else if (delimiter == u"tab")
            options.csv.delimiter = QLatin1Char('\t');
        else if (delimiter != u"auto") {
            printCommandError(command,
                              CommandLine::tr("--delimiter must be auto, comma, semicolon or "
                                              "tab."));
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("on-duplicate"))) {
            const QString rule = parser.value(QStringLiteral("on-duplicate"));
            if (rule == u"create")
                mapping.onDuplicate = ImportMapping::OnDuplicate::Create;
            else if (rule == u"update")
                mapping.onDuplicate = ImportMapping::OnDuplicate::Update;
            else if (rule == u"skip")
                mapping.onDuplicate = ImportMapping::OnDuplicate::Skip;
            else {
                printCommandError(command,
                                  CommandLine::tr("--on-duplicate must be create, update or "
                                                  "skip."));
                return ExitUsage;
            }
        }
        if (parser.isSet(QStringLiteral("skip-invalid")))
            mapping.skipInvalidRows = true;
        if (parser.isSet(QStringLiteral("decimal-comma")))
            mapping.decimalSeparator = QLatin1Char(',');
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    }

    auto db = openExisting(*archive);
    if (!db) {
        printCommandError(command, db.error().message);
        return ExitFailed;
    }
    const Result<Actor> actor = commandActor(*db.value(), parser, Accounts::MustExist);
    if (!actor) {
        printCommandError(command, actor.error().message);
        return ExitRefused;
    }
    if (listing)
        return list(*db.value(), actor.value());
    if (undoing) {
        ImportLog log(*db.value(), actor.value());
        if (Status s = log.undo(undoId); !s)
            return failure(s.error());
        printOut(CommandLine::tr("Import %1 was undone.").arg(undoId));
        return ExitOk;
    }

    const QString path = files.first();
    if (!parser.isSet(QStringLiteral("mapping"))) {
        // The columns by their header names.
        CsvTableReader table(path, options.csv);
        if (Status s = table.open(); !s)
            return failure(s.error());
        const ImportMapping guessed = ImportMapping::guess(mapping.kind, table.layout().header);
        mapping.columns = guessed.columns;
    }
    options.mapping = mapping;
    Importer importer(*db.value(), actor.value());
    const Result<ImportSummary> summary = importer.run(path, options);
    if (!summary)
        return failure(summary.error());
    const ImportSummary &s = summary.value();
    for (const ImportRowError &e : s.errors.mid(0, 20))
        printErr(CommandLine::tr("line %1, %2: %3")
                         .arg(e.line)
                         .arg(e.column.isEmpty() ? CommandLine::tr("row") : e.column, e.message));
    if (s.errorCount > 20)
        printErr(CommandLine::tr("... %1 errors in all.").arg(s.errorCount));
    if (parser.isSet(QStringLiteral("errors")))
        if (Status w = ImportReport::writeErrors(s, parser.value(QStringLiteral("errors"))); !w)
            printCommandError(command, w.error().message);
    const bool refused = s.invalid > 0 && !mapping.skipInvalidRows;
    if (s.dryRun)
        printOut(CommandLine::tr("Dry run: %1 rows, %2 would be created, %3 updated, %4 skipped, "
                                 "%5 invalid. Nothing was written.")
                         .arg(s.rows)
                         .arg(s.created)
                         .arg(s.updated)
                         .arg(s.skipped)
                         .arg(s.invalid));
    else if (refused)
        printCommandError(command,
                          CommandLine::tr("%1 of %2 rows have errors; nothing was imported "
                                          "(--skip-invalid leaves them out).")
                                  .arg(s.invalid)
                                  .arg(s.rows));
    else
        printOut(CommandLine::tr("Import %1: %2 rows, %3 created, %4 updated, %5 skipped, %6 "
                                 "invalid left out, %7 customers created.")
                         .arg(s.importId)
                         .arg(s.rows)
                         .arg(s.created)
                         .arg(s.updated)
                         .arg(s.skipped)
                         .arg(s.invalid)
                         .arg(s.customersCreated));
    if (s.leftOutLines > 0) {
        printOut(CommandLine::tr("%1 lines hold no row and were left out:").arg(s.leftOutLines));
        for (const CsvSkippedLine &line : s.leftOut.mid(0, 5))
            printOut(QStringLiteral("  ") + CsvSniffer::describe(line));
        if (s.leftOut.size() > 5)
            printOut(QStringLiteral("  …"));
    }
    return refused ? ExitFileRefused : ExitOk;
}

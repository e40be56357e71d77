#include "ReportsCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "ExportCommand.h"
#include "reports/ReportCatalogue.h"
#include "security/Permissions.h"

using namespace CommandSupport;

namespace {

// The roles that hold every one of the operations, by name ("Supervisor, Admin").
QString rolesHolding(const QList<Operation> &operations)
{
    int roles = AllRoles;
    for (Operation operation : operations)
        roles &= Permissions::rolesFor(operation);
    QStringList names;
    for (Role role : {Role::FrontDesk, Role::Supervisor, Role::Admin})
        if (roles & int(role))
            names.append(Permissions::roleName(role));
    return names.isEmpty() ? CommandLine::tr("nobody") : names.join(QStringLiteral(", "));
}

// How the parameter is given on the export command line.
QString usage(const ReportParameter &p)
{
    if (p.key == QLatin1String("from") || p.key == QLatin1String("to"))
        return QStringLiteral("--%1 %2").arg(p.key, CommandLine::tr("DATE"));
    QString value;
    switch (p.type) {
    case ReportParameterType::Date:
        value = CommandLine::tr("DATE");
        break;
    case ReportParameterType::Integer:
        value = CommandLine::tr("N");
        break;
    case ReportParameterType::Text:
        value = CommandLine::tr("TEXT");
        break;
    case ReportParameterType::Choice:
        value = CommandLine::tr("CODE");
        break;
    case ReportParameterType::User:
        value = CommandLine::tr("LOGIN");
        break;
    }
    return QStringLiteral("--param %1=%2").arg(p.key, value);
}

QStringList describe(const Report &report)
{
    QStringList out;
    out.append(QStringLiteral("%1  %2").arg(report.name(), report.title()));
    out.append(QStringLiteral("    ") + report.description());
    const QList<Operation> run {Operation::View, report.requiredOperation()};
    out.append(QStringLiteral("    ")
               + CommandLine::tr("Run by: %1. Exported by: %2.")
                         .arg(rolesHolding(run), rolesHolding(run + QList {Operation::Export})));
    const QList<ReportParameter> parameters = report.parameters();
    if (parameters.isEmpty()) {
        out.append(QStringLiteral("    ") + CommandLine::tr("No parameters."));
        return out;
    }
    out.append(QStringLiteral("    ") + CommandLine::tr("Parameters:"));
    for (const ReportParameter &p : parameters) {
        QStringList facts;
        if (p.type != ReportParameterType::Choice) {
            facts.append(ReportParams::typeName(p.type));
        } else if (!p.choiceList.isEmpty()) {
            facts.append(CommandLine::tr("a code of the archive's list"));
        } else {
            QStringList codes;
            for (const ReportChoice &c : p.choices)
                codes.append(c.code);
            facts.append(codes.join(QLatin1Char('|')));
        }
        if (p.type == ReportParameterType::Integer && p.minimum < p.maximum)
            facts.append(CommandLine::tr("%1 to %2").arg(p.minimum).arg(p.maximum));
        if (!p.defaultValue.isNull())
            facts.append(CommandLine::tr("default %1").arg(ReportParams::toText(p.defaultValue)));
        facts.append(p.required ? CommandLine::tr("required") : CommandLine::tr("optional"));
        out.append(QStringLiteral("      %1  %2 (%3)")
                           .arg(usage(p), -28)
                           .arg(p.label, facts.join(QStringLiteral("; "))));
        if (!p.help.isEmpty())
            out.append(QStringLiteral("      %1  %2").arg(QString(), -28).arg(p.help));
    }
    return out;
}

} // namespace

int ReportsCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("reports");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            CommandLine::tr("Lists the reports that export can write, with their parameters and "
                            "who may run and export them; names given after the command show "
                            "only those reports. Needs no archive."));
    parser.addPositionalArgument(CommandLine::tr("NAME", "a report's name"),
                                 CommandLine::tr("A report to show (default: every report)."),
                                 CommandLine::tr("[NAME...]"));
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
    QList<const Report *> reports;
    for (const QString &name : parser.positionalArguments()) {
        const Result<const Report *> found = ReportCatalogue::require(name);
        if (!found) {
            printCommandError(command, oneLine(found.error().message));
            return ExportCommand::BadReport; // as export --report does
        }
        reports.append(found.value());
    }
    if (reports.isEmpty())
        reports = ReportCatalogue::all();
    QStringList lines;
    for (const Report *report : std::as_const(reports)) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines += describe(*report);
    }
    printOut(lines.join(QLatin1Char('\n')));
    return ExitOk;
}

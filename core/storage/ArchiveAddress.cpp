#include "ArchiveAddress.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString &part)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(part));
}

// libpq keyword=value syntax for QPSQL's connect options: values with spaces, quotes or
// backslashes are single-quoted with \ escapes.
QString optionValue(const QString &value)
{
    const bool plain = !value.isEmpty() && std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\')
               || c == QLatin1Char(';');
    });
    if (plain)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

ArchiveAddress ArchiveAddress::file(const QString &path)
{
    ArchiveAddress a;
    a.m_path = path;
    return a;
}

ArchiveAddress ArchiveAddress::server(const QString &host,
                                      int port,
                                      const QString &database,
                                      const QString &user,
                                      const QList<QPair<QString, QString>> &parameters)
{
    ArchiveAddress a;
    a.m_backend = Backend::PostgreSQL;
    a.m_host = host;
    a.m_port = port;
    a.m_database = database;
    a.m_user = user;
    a.m_parameters = parameters;
    return a;
}

bool ArchiveAddress::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ArchiveAddress> ArchiveAddress::parse(const QString &text)
{
    if (!looksLikeServer(text)) {
        if (text.trimmed().isEmpty())
            return makeError(Error::Code::Invalid, tr("No archive was given."));
        return file(text);
    }
    // Never repeat a password in a message.
    QString shown = text;
    shown.replace(QRegularExpression(QStringLiteral("(://[^/@?]*?):[^/@?]*@")),
                  QStringLiteral("\\1:…@"));
    shown.replace(QRegularExpression(QStringLiteral("(password=)[^&]*")), QStringLiteral("\\1…"));
    const auto invalid = [&shown](const QString &why) {
        return makeError(Error::Code::Invalid,
                         tr("%1 is not a valid PostgreSQL address: %2").arg(shown, why));
    };
    ArchiveAddress a;
    a.m_backend = Backend::PostgreSQL;
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        a.m_database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        a.m_user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            a.m_password = decoded(userInfo.mid(colon + 1));
    }
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) { // [::1]:5432
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid(tr("the IPv6 address has no closing ]"));
        a.m_host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = authority.mid(close + 2);
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        a.m_host = decoded(colon >= 0 ? authority.left(colon) : authority);
        if (colon >= 0)
            portText = authority.mid(colon + 1);
    }
    const auto setPort = [&](const QString &value) -> bool {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return false;
        a.m_port = port;
        return true;
    };
    if (!portText.isEmpty() && !setPort(portText))
        return invalid(tr("the port %1 is not a number from 1 to 65535").arg(portText));

    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return invalid(tr("the parameter %1 has no value").arg(pair));
        const QString key = decoded(pair.left(eq));
        const QString value = decoded(pair.mid(eq + 1));
        if (key == QLatin1String("host"))
            a.m_host = value;
        else if (key == QLatin1String("port")) {
            if (!setPort(value))
                return invalid(tr("the port %1 is not a number from 1 to 65535").arg(value));
        } else if (key == QLatin1String("dbname"))
            a.m_database = value;
        else if (key == QLatin1String("user"))
            a.m_user = value;
        else if (key == QLatin1String("password"))
            a.m_password = value;
        else
            a.m_parameters.append({key, value});
    }
    return a;
}

QString ArchiveAddress::connectOptions() const
{
    QStringList options;
    for (const auto &[key, value] : m_parameters)
        options.append(key + QLatin1Char('=') + optionValue(value));
    return options.join(QLatin1Char(';'));
}

QString ArchiveAddress::toString() const
{
    if (!isServer())
        return m_path;
    QString uri = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        uri += encoded(m_user) + QLatin1Char('@');
    const bool socketDir = m_host.startsWith(QLatin1Char('/'));
    if (!socketDir) {
        uri += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                                 : encoded(m_host);
        if (m_port > 0)
            uri += QLatin1Char(':') + QString::number(m_port);
    }
    uri += QLatin1Char('/') + encoded(m_database);
    QStringList query;
    if (socketDir) {
        query.append(QStringLiteral("host=") + encoded(m_host));
        if (m_port > 0)
            query.append(QStringLiteral("port=") + QString::number(m_port));
    }
    for (const auto &[key, value] : m_parameters)
        if (!key.contains(QLatin1String("password"))) // sslpassword: kept in memory only
            query.append(encoded(key) + QLatin1Char('=') + encoded(value));
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

QString ArchiveAddress::displayName() const
{
    if (!isServer())
        return QFileInfo(m_path).fileName();
    const QString host = m_host.isEmpty() || m_host.startsWith(QLatin1Char('/'))
                                 ? tr("this computer")
                                 : m_host;
    return tr("%1 on %2").arg(m_database.isEmpty() ? m_user : m_database, host);
}

#pragma once

#include "csv/CsvReader.h"

#include <QBuffer>
#include <QList>
#include <QStringList>

// Reading whole CSV texts in tests.
namespace CsvFixtures {

using Rows = QList<QStringList>;

inline Rows rows(std::initializer_list<std::initializer_list<QStringView>> list)
{
    Rows result;
    for (const auto &row : list) {
        QStringList values;
        for (const QStringView value : row)
            values.append(value.toString());
        result.append(values);
    }
    return result;
}

// Every record of the reader, or the error's message as the only row {"ERROR", message}.
inline Rows readAll(CsvReader &reader)
{
    Rows rows;
    for (;;) {
        const Result<bool> more = reader.next();
        if (!more)
            return {{QStringLiteral("ERROR"), more.error().message}};
        if (!more.value())
            return rows;
        rows.append(reader.record().toStringList());
    }
}

// Reads bytes through a QBuffer in chunks of the given size (0: the reader's default).
inline Rows readBytes(const QByteArray &bytes,
                      CsvTextEncoding encoding,
                      QChar delimiter = QLatin1Char(','),
                      qint64 chunkSize = 0)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding, delimiter);
    if (chunkSize > 0)
        reader.setChunkSize(chunkSize);
    return readAll(reader);
}

inline Rows readText(const QString &text, QChar delimiter = QLatin1Char(','))
{
    CsvReader reader(text, delimiter);
    return readAll(reader);
}

} // namespace CsvFixtures

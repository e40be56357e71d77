#include "ChoiceLists.h"

// Placeholder until the choice lists land: built-in words only.
QString ChoiceLists::label(const QString &, const QString &code) const
{
    return code;
}

QString ChoiceLists::builtInLabel(const QString &, const QString &)
{
    return {};
}

ChoiceLists::ChoiceLists(Database &db)
    : m_db(db)
{ }

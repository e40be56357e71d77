#include "PasswordHasher.h"

#include <sodium.h>

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PasswordHasher::PasswordHasher(Strength strength)
    : m_opsLimit(strength == Strength::Minimal ? crypto_pwhash_OPSLIMIT_MIN
                                               : crypto_pwhash_OPSLIMIT_INTERACTIVE)
    , m_memLimit(strength == Strength::Minimal ? crypto_pwhash_MEMLIMIT_MIN
                                               : crypto_pwhash_MEMLIMIT_INTERACTIVE)
{ }

Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady())
        return makeError(Error::Code::Storage, tr("The password library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out,
                              utf8.constData(),
                              quint64(utf8.size()),
                              m_opsLimit,
                              m_memLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(Error::Code::Storage,
                         tr("Not enough memory to protect the password; close other programs "
                            "and try again."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password) const
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
           == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_opsLimit, m_memLimit) != 0;
}

QString PasswordHasher::generate(int length)
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    sodiumReady();
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]));
    return out;
}

QString PasswordHasher::weakness(const QString &password, const QString &login)
{
    if (password.size() < MinimumLength)
        return tr("A password has at least %1 characters.").arg(MinimumLength);
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return tr("The password must not contain the user name.");
    return {};
}

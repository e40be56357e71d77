#pragma once

#include "Result.h"

#include <QCoreApplication>

// Staff passwords: Argon2id through libsodium's crypto_pwhash_str. The stored string carries its
// own parameters, so a hash made with weaker ones is noticed (needsRehash) and renewed at the next
// successful sign-in.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    enum class Strength {
        Interactive, // libsodium's interactive limits: the application's setting
        Minimal, // the smallest limits libsodium allows: tests only
    };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    Result<QString> hash(const QString &password) const;
    bool verify(const QString &storedHash, const QString &password) const;
    bool needsRehash(const QString &storedHash) const;

    static constexpr int MinimumLength = 8;
    // A random password from letters and digits that cannot be mistaken for each other.
    static QString generate(int length = 12);
    // A translated reason why the password is too weak, or an empty string.
    static QString weakness(const QString &password, const QString &login);

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

#pragma once

#include <QString>

// Console passwords, stored only as scrypt hashes with a per-user salt:
// "$scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt base64>$<hash base64>".
class PasswordHasher
{
public:
    static QString hash(const QString& password);
    // Constant-time comparison of the derived key; a malformed encoding never verifies.
    static bool verify(const QString& password, const QString& encoded);

    // log2 of scrypt's N. Tests and benchmarks may lower it to keep runs short.
    static int costLog2();
    static void setCostLog2(int log2N);
};

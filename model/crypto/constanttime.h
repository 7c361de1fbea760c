#pragma once

#include <QByteArrayView>

// Comparisons whose duration does not depend on where two secrets differ, so
// that a signature or a code cannot be guessed byte by byte from timings.
class ConstantTime
{
public:
    // False at once for different lengths: lengths are not secret here.
    static bool equals(QByteArrayView a, QByteArrayView b);
};

#pragma once

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

// What every libFuzzer target shares: one QCoreApplication for the process (resources, text
// codecs and translations want one) and the input as a QByteArray.
namespace fc::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app)
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace fc::fuzz

#pragma once

#include <QString>
#include <QStringView>

namespace fc {

// The characters [from, from + length) of `whole` as a QString that shares `whole`'s buffer
// (one more reference, as a copy of `whole` would be) instead of a buffer of its own, as
// QString::mid() allocates: 24 bytes for the QString where a word's own buffer costs a header,
// the characters and malloc's overhead, about 64 bytes. Read like any QString; changing it
// detaches it, as changing a shared copy does, and the buffer lives as long as any string
// sharing it. Its characters are not followed by a '\0' (QString::utf16() adds none to a
// shared buffer): read them through size() and constData(), which never promised one.
// tests/core/tst_text_slice.cpp.
inline QString textSlice(const QString &whole, qsizetype from, qsizetype length)
{
    Q_ASSERT(from >= 0 && length >= 0 && from + length <= whole.size());
    if (from == 0 && length == whole.size())
        return whole;
    // The same empty, non-null string as mid() gives.
    if (length == 0)
        return whole.mid(from, 0);
    // A copy of the buffer's pointer is one more reference to it.
    QString::DataPointer slice = whole.data_ptr();
    slice.ptr += from;
    slice.size = length;
    return QString(std::move(slice));
}

// Makes `s` share `whole`'s buffer when it holds exactly `whole`'s characters
// [from, from + length) in a buffer of its own: the same string, without its copy.
inline void shareWithText(QString &s, const QString &whole, qsizetype from, qsizetype length)
{
    if (s.isEmpty() || s.size() != length || from < 0 || from + length > whole.size())
        return;
    if (s.constData() == whole.constData() + from)
        return; // shares it already
    if (QStringView(s) == QStringView(whole).mid(from, length))
        s = textSlice(whole, from, length);
}

} // namespace fc

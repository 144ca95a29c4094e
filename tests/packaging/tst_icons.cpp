#include "TestPaths.h"

#include <QFile>
#include <QImage>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

// The icon sizes rendered from packaging/icons/factcheck.svg at build time: right size, a
// transparent corner (the rounded tile) and a drawn centre, in PNG, ICO and ICNS alike.
class TestIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pngHasSizeAndShape_data();
    void pngHasSizeAndShape();
    void icoHoldsEverySize();
    void icnsHoldsEverySize();
};

namespace {

QString iconDir()
{
    return fc::test::fromBinaryDir(FC_ICON_DIR_FROM_BIN);
}

const QString AppId = QStringLiteral(FC_APP_ID);

void verifyShape(const QImage &image, int size)
{
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
}

} // namespace

void TestIcons::pngHasSizeAndShape_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%dx%d", size, size) << size;
}

void TestIcons::pngHasSizeAndShape()
{
    QFETCH(int, size);
    const QString path = QStringLiteral("%1/hicolor/%2x%2/apps/%3.png").arg(iconDir()).arg(size).arg(AppId);
    QImage image(path, "PNG");
    verifyShape(image, size);
}

void TestIcons::icoHoldsEverySize()
{
    QFile file(iconDir() + QLatin1Char('/') + AppId + QStringLiteral(".ico"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray data = file.readAll();
    QVERIFY(data.size() > 6);
    QCOMPARE(qFromLittleEndian<quint16>(data.constData() + 2), quint16(1));
    const int count = qFromLittleEndian<quint16>(data.constData() + 4);
    QCOMPARE(count, 6);
    QList<int> sizes;
    for (int i = 0; i < count; ++i) {
        const char *entry = data.constData() + 6 + 16 * i;
        const quint32 length = qFromLittleEndian<quint32>(entry + 8);
        const quint32 offset = qFromLittleEndian<quint32>(entry + 12);
        QVERIFY(offset + length <= quint32(data.size()));
        const int size = quint8(entry[0]) == 0 ? 256 : quint8(entry[0]);
        verifyShape(QImage::fromData(data.mid(offset, length), "PNG"), size);
        sizes << size;
    }
    QCOMPARE(sizes, QList<int>({16, 24, 32, 48, 64, 256}));
}

void TestIcons::icnsHoldsEverySize()
{
    QFile file(iconDir() + QLatin1Char('/') + AppId + QStringLiteral(".icns"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("icns"));
    QCOMPARE(qFromBigEndian<quint32>(data.constData() + 4), quint32(data.size()));
    const QHash<QByteArray, int> sizeOf = {{"icp4", 16},  {"icp5", 32},  {"icp6", 64},  {"ic07", 128},
                                           {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}};
    QStringList found;
    for (qsizetype at = 8; at < data.size();) {
        const QByteArray type = data.mid(at, 4);
        const quint32 length = qFromBigEndian<quint32>(data.constData() + at + 4);
        QVERIFY(length > 8 && at + length <= quint32(data.size()));
        QVERIFY2(sizeOf.contains(type), type.constData());
        verifyShape(QImage::fromData(data.mid(at + 8, length - 8), "PNG"), sizeOf.value(type));
        found << QString::fromLatin1(type);
        at += length;
    }
    QCOMPARE(found, QStringList({u"icp4"_s, u"icp5"_s, u"icp6"_s, u"ic07"_s, u"ic08"_s, u"ic09"_s, u"ic10"_s}));
}

QTEST_GUILESS_MAIN(TestIcons)
#include "tst_icons.moc"

// Build-time tool: renders the application icon's SVG to the PNG sizes desktops expect, and
// packs the Windows .ico and macOS .icns containers from those PNGs. The SVG is the only
// drawn source; everything else is derived here so the sizes never drift apart.
//
//   fc-render-icon SVG OUTDIR NAME
// writes OUTDIR/hicolor/<N>x<N>/apps/NAME.png for every size, OUTDIR/NAME.ico, OUTDIR/NAME.icns
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <map>

namespace {

const int kPngSizes[] = {16, 22, 24, 32, 48, 64, 128, 256};

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fc-render-icon: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

template<typename T> void appendLE(QByteArray &out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

template<typename T> void appendBE(QByteArray &out, T value)
{
    const T be = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&be), sizeof be);
}

// ICO with PNG-compressed entries (Windows Vista and later read these at every size).
QByteArray icoFile(const std::map<int, QByteArray> &pngs)
{
    QByteArray out;
    appendLE<quint16>(out, 0);
    appendLE<quint16>(out, 1); // icon
    appendLE<quint16>(out, quint16(pngs.size()));
    quint32 offset = 6 + 16 * quint32(pngs.size());
    for (const auto &[size, png] : pngs) {
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        appendLE<quint16>(out, 1);  // planes
        appendLE<quint16>(out, 32); // bits per pixel
        appendLE<quint32>(out, quint32(png.size()));
        appendLE<quint32>(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &entry : pngs)
        out.append(entry.second);
    return out;
}

// ICNS with PNG entries; the OSType codes name the pixel size (ic10 is 512pt@2x).
QByteArray icnsFile(const std::map<int, QByteArray> &pngs)
{
    static const std::map<int, const char *> types = {{16, "icp4"},  {32, "icp5"},  {64, "icp6"},  {128, "ic07"},
                                                      {256, "ic08"}, {512, "ic09"}, {1024, "ic10"}};
    QByteArray body;
    for (const auto &[size, code] : types) {
        const auto png = pngs.find(size);
        if (png == pngs.end())
            continue;
        body.append(code, 4);
        appendBE<quint32>(body, quint32(8 + png->second.size()));
        body.append(png->second);
    }
    QByteArray out("icns", 4);
    appendBE<quint32>(out, quint32(8 + body.size()));
    return out + body;
}

} // namespace

int main(int argc, char **argv)
{
    // QSvgRenderer needs a QGuiApplication for its paint engine; no window is ever shown.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: fc-render-icon SVG OUTDIR NAME\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "fc-render-icon: %s is not a valid SVG file\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString outDir = args.at(2);
    const QString name = args.at(3);

    std::map<int, QByteArray> pngs;
    for (int size : kPngSizes) {
        pngs[size] = renderPng(svg, size);
        const QString path = QStringLiteral("%1/hicolor/%2x%2/apps/%3.png").arg(outDir).arg(size).arg(name);
        if (!writeFile(path, pngs[size]))
            return 1;
    }
    std::map<int, QByteArray> ico;
    for (int size : {16, 24, 32, 48, 64, 256})
        ico[size] = pngs[size];
    std::map<int, QByteArray> icns = {
        {16, pngs[16]}, {32, pngs[32]}, {64, pngs[64]}, {128, pngs[128]}, {256, pngs[256]}};
    for (int size : {512, 1024})
        icns[size] = renderPng(svg, size);
    if (!writeFile(QStringLiteral("%1/%2.ico").arg(outDir, name), icoFile(ico))
        || !writeFile(QStringLiteral("%1/%2.icns").arg(outDir, name), icnsFile(icns)))
        return 1;
    return 0;
}

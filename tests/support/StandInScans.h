#pragma once

// Scanned pages drawn for a test, written as image-only PDFs (or PNG screenshots), and a reader
// standing in for Tesseract that "reads" them: it returns the words as they were drawn, each
// with its box, at the scale the picture it is given has. Each scan bears a small dark square
// in its top margin whose place tells which scan it is, so the reader needs no state (the
// workbench calls it from its worker thread). Needs a QGuiApplication.

#include "ingest/ImageTextHook.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

#include <memory>

namespace fc::test {

// Where a scan's marker stands (its pixels), for the scan with number `index`.
inline QRect scanMarker(int index)
{
    return QRect(40 + 60 * index, 30, 30, 30);
}

struct DrawnScan
{
    QImage image;
    QString text;                // the lines joined by '\n', as a reader returns them
    QList<RecognisedWord> words; // boxes in image's pixels, page 0
};

// A page of dark lines on paper, size pixels (an A4 page at 200 dpi is 1654 x 2339), its
// words boxed as drawn; the words of line `doubtfulLine` (-1: none) are read with confidence
// 40, the others with 95.
inline DrawnScan drawScan(int index, const QStringList &lines, QSize size = QSize(1654, 2339), int doubtfulLine = -1)
{
    DrawnScan scan;
    scan.image = QImage(size, QImage::Format_RGB32);
    scan.image.fill(QColor(0xf6, 0xf4, 0xee));
    QPainter painter(&scan.image);
    painter.fillRect(scanMarker(index), QColor(0x10, 0x10, 0x10));
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(44);
    painter.setFont(font);
    painter.setPen(QColor(0x18, 0x18, 0x18));
    const QFontMetrics metrics(font);
    int baseline = 160;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        if (l > 0)
            scan.text += u'\n';
        const QString &line = lines.at(l);
        painter.drawText(80, baseline, line);
        qsizetype start = 0;
        while (start < line.size()) {
            qsizetype end = line.indexOf(u' ', start);
            if (end < 0)
                end = line.size();
            const int left = 80 + metrics.horizontalAdvance(line.left(start));
            const int width = metrics.horizontalAdvance(line.mid(start, end - start));
            RecognisedWord w;
            w.start = scan.text.size() + start;
            w.end = scan.text.size() + end;
            w.confidence = l == doubtfulLine ? 40 : 95;
            w.box = QRect(left, baseline - metrics.ascent(), width, metrics.ascent() + metrics.descent());
            scan.words.append(w);
            start = end + 1;
        }
        scan.text += line;
        baseline += 90;
    }
    return scan;
}

// A PDF of A4 pages, each holding only one scan's picture, drawn from its corner at dpi.
inline QByteArray imageOnlyPdf(const QList<DrawnScan> &scans, int dpi = 200)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(dpi);
    QPainter painter(&writer);
    for (qsizetype i = 0; i < scans.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawImage(QPoint(0, 0), scans.at(i).image);
    }
    painter.end();
    return buffer.data();
}

inline QByteArray png(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

// The stand-in reader: the words of the scan whose marker the image bears, their boxes scaled
// as the image is to the scan (a PDF page rendered at 300 dpi from a 200-dpi scan: 1.5 times).
inline ImageTextReader standInReader(QList<DrawnScan> scans)
{
    auto known = std::make_shared<const QList<DrawnScan>>(std::move(scans));
    return [known](const QByteArray &bytes) {
        ImageText read;
        const QImage image = QImage::fromData(bytes);
        for (qsizetype i = 0; i < known->size() && !image.isNull(); ++i) {
            const DrawnScan &scan = known->at(i);
            const double scale = double(image.width()) / scan.image.width();
            const QPoint marker = scanMarker(int(i)).center() * scale;
            if (!image.rect().contains(marker) || qGray(image.pixel(marker)) > 80)
                continue;
            read.text = scan.text;
            read.confidence = 90;
            for (RecognisedWord w : scan.words) {
                w.box =
                    QRect(QPoint(qRound(w.box.left() * scale), qRound(w.box.top() * scale)),
                          QPoint(qRound((w.box.right() + 1) * scale) - 1, qRound((w.box.bottom() + 1) * scale) - 1));
                read.words.append(w);
            }
            return read;
        }
        read.error = QStringLiteral("holds no text");
        read.noText = true;
        return read;
    };
}

} // namespace fc::test

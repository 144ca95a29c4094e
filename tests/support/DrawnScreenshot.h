#pragma once

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QString>

namespace fc::test {

// The three lines the OCR tests draw: a clear line above and below the one made hard to read.
// The tests check which words are doubted against the words drawn here.
struct HardLineStory
{
    QString above = QStringLiteral("Banjir bandang melanda Garut pada Senin pagi.");
    QString hard = QStringLiteral("Warga diminta waspada terhadap longsor susulan.");
    QString below = QStringLiteral("Sebanyak 12 rumah rusak berat dan 40 warga mengungsi.");
};

// A three-line screenshot whose middle line a text recogniser doubts, as screenshots of
// forwarded chats have it: smeared by rescaling (the line shrunk `shrink` times and blown up
// again). Small (8-9 pixel) and washed-out lines were tried too: Tesseract reads them either
// cleanly (confidence 91-97) or not at all, so they test nothing. Needs a QGuiApplication.
inline QByteArray screenshotWithHardLine(const QString &clearAbove, const QString &hard, const QString &clearBelow,
                                         int shrink)
{
    const int size = 22;
    QImage image(900, 60 + 3 * size * 2, QImage::Format_RGB32);
    image.fill(QColor(0xfa, 0xfa, 0xf7));
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(size);
    painter.setFont(font);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(30, 40, clearAbove);
    painter.drawText(30, 40 + 4 * size, clearBelow);
    painter.drawText(30, 40 + 2 * size, hard);
    painter.end();
    const QRect line(0, 40 + size, image.width(), size + 8);
    const QImage smeared =
        image.copy(line)
            .scaled(line.width() / shrink, line.height() / shrink, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
            .scaled(line.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QPainter(&image).drawImage(line.topLeft(), smeared);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

// The screenshot of HardLineStory with its middle line smeared `shrink` times.
inline QByteArray screenshotWithHardLine(int shrink)
{
    const HardLineStory story;
    return screenshotWithHardLine(story.above, story.hard, story.below, shrink);
}

} // namespace fc::test

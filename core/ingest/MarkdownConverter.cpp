#include "MarkdownConverter.h"

#include "ingest/MarkdownEntities.h"

#include <md4c.h>

#include <QStringList>

namespace fc {

namespace {

// Collects the text md4c reports into lines. Everything is linear in the input: md4c itself
// parses in linear time (it guards its own inline parsing against the "*a *a *a" family), and
// each callback only appends.
class TextCollector
{
public:
    QStringList lines;

    void enterBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            // Cells of one row stay on one line, told apart by a separator a reader sees.
            if (cellInRow++ > 0)
                paragraph += " | ";
            return;
        case MD_BLOCK_TR: cellInRow = 0; break;
        case MD_BLOCK_CODE: inCode = true; break;
        case MD_BLOCK_HTML: inHtml = true; break;
        default: break;
        }
        flush();
    }

    void leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: return;
        case MD_BLOCK_CODE:
            flushCode();
            inCode = false;
            return;
        case MD_BLOCK_HTML:
            inHtml = false;
            paragraph.clear();
            return;
        default: break;
        }
        flush();
    }

    void enterSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_IMG)
            ++imageDepth;
    }

    void leaveSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_IMG)
            --imageDepth;
    }

    void text(MD_TEXTTYPE type, const char *data, qsizetype size)
    {
        // An image's alternative text describes a picture the reader of the article text does
        // not see; raw HTML is markup, not article text.
        if (imageDepth > 0 || inHtml || type == MD_TEXT_HTML)
            return;
        switch (type) {
        case MD_TEXT_BR: flush(); return;
        case MD_TEXT_SOFTBR: paragraph += ' '; return;
        case MD_TEXT_NULLCHAR: paragraph += "\xEF\xBF\xBD"; return;
        case MD_TEXT_ENTITY: paragraph += decodeMarkdownEntity(QByteArrayView(data, size)); return;
        default: paragraph.append(data, size); return;
        }
    }

    void flush()
    {
        const QString line = QString::fromUtf8(paragraph).simplified();
        if (!line.isEmpty())
            lines << line;
        paragraph.clear();
    }

private:
    // Code keeps its inner spacing (it may be a figure's layout); only each line's ends go.
    void flushCode()
    {
        const QStringList code = QString::fromUtf8(paragraph).split(QLatin1Char('\n'));
        for (const QString &line : code) {
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        }
        paragraph.clear();
    }

    QByteArray paragraph;
    int cellInRow = 0;
    int imageDepth = 0;
    bool inCode = false;
    bool inHtml = false;
};

int onEnterBlock(MD_BLOCKTYPE type, void * /*detail*/, void *collector)
{
    static_cast<TextCollector *>(collector)->enterBlock(type);
    return 0;
}

int onLeaveBlock(MD_BLOCKTYPE type, void * /*detail*/, void *collector)
{
    static_cast<TextCollector *>(collector)->leaveBlock(type);
    return 0;
}

int onEnterSpan(MD_SPANTYPE type, void * /*detail*/, void *collector)
{
    static_cast<TextCollector *>(collector)->enterSpan(type);
    return 0;
}

int onLeaveSpan(MD_SPANTYPE type, void * /*detail*/, void *collector)
{
    static_cast<TextCollector *>(collector)->leaveSpan(type);
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *collector)
{
    static_cast<TextCollector *>(collector)->text(type, text, static_cast<qsizetype>(size));
    return 0;
}

} // namespace

QString markdownToText(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = onEnterBlock;
    parser.leave_block = onLeaveBlock;
    parser.enter_span = onEnterSpan;
    parser.leave_span = onLeaveSpan;
    parser.text = onText;
    TextCollector collector;
    // md_parse fails only when a callback asks it to or memory runs out; what was collected
    // up to then is still the best text there is.
    md_parse(utf8.constData(), static_cast<MD_SIZE>(utf8.size()), &parser, &collector);
    collector.flush();
    return collector.lines.join(QLatin1Char('\n'));
}

} // namespace fc

#include "HtmlExtractor.h"

#include "ingest/PageFurniture.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gumbo.h>

#include <vector>

namespace fc {

namespace {

constexpr int MaxNesting = 256;

// The parser's options. Its errors are never read, and recording them costs memory in
// proportion to the depth for each one (each copies the stack of open tags): none are kept.
GumboOptions parserOptions()
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    return options;
}

// The depth of the tree the parser built, without recursion (what MaxNesting bounds).
int treeDepth(const GumboNode *root)
{
    int deepest = 0;
    std::vector<std::pair<const GumboNode *, int>> todo{{root, 1}};
    while (!todo.empty()) {
        const auto [node, depth] = todo.back();
        todo.pop_back();
        deepest = std::max(deepest, depth);
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboVector &children = node->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i)
            todo.emplace_back(static_cast<const GumboNode *>(children.data[i]), depth + 1);
    }
    return deepest;
}

QString textOfAttribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

bool isSkipped(const GumboNode *node)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE: return true;
    default: break;
    }
    // Class and id names sites give to related links, sharing bars, comments and ads: the
    // markup's own vocabulary here, the languages' words from their furniture lists.
    static const QRegularExpression furniture = [] {
        QString pattern = QStringLiteral("related|share|social|comment|sidebar|navbar|menu|breadcrumb|"
                                         "advert|newsletter|footer|caption|promo");
        const QString words = furnitureClassPattern();
        if (!words.isEmpty())
            pattern += QLatin1Char('|') + words;
        return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    }();
    const QString cls = textOfAttribute(node, "class") + QLatin1Char(' ') + textOfAttribute(node, "id");
    return cls.size() > 1 && furniture.match(cls).hasMatch();
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: return true;
    default: return false;
    }
}

struct Block
{
    const GumboNode *element; // the nearest block element around the text
    QString text;
};

QString collapse(const QString &s)
{
    return s.simplified();
}

// Walks the tree without recursion (documents may nest deeply) and cuts it into text blocks.
std::vector<Block> collectBlocks(const GumboNode *root)
{
    std::vector<Block> blocks;
    QString current;
    const GumboNode *currentOwner = root;
    auto flush = [&] {
        const QString t = collapse(current);
        if (!t.isEmpty())
            blocks.push_back(Block{currentOwner, t});
        current.clear();
    };
    struct Frame
    {
        const GumboNode *node;
        unsigned int next;
        const GumboNode *owner;
    };
    std::vector<Frame> stack;
    stack.push_back(Frame{root, 0, root});
    while (!stack.empty()) {
        Frame &f = stack.back();
        const GumboNode *node = f.node;
        const GumboVector &children = node->v.element.children;
        if (f.next >= children.length) {
            if (isBlock(node->v.element.tag))
                flush();
            stack.pop_back();
            if (!stack.empty())
                currentOwner = stack.back().owner;
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[f.next++]);
        const GumboNode *owner = f.owner;
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            if (currentOwner != owner) {
                flush();
                currentOwner = owner;
            }
            current += QString::fromUtf8(child->v.text.text);
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            if (isSkipped(child))
                break;
            const GumboTag tag = child->v.element.tag;
            if (tag == GUMBO_TAG_BR) {
                flush();
                break;
            }
            if (isBlock(tag)) {
                flush();
                owner = child;
            }
            currentOwner = owner;
            stack.push_back(Frame{child, 0, owner});
            break;
        }
        default: // comments, the document node
            break;
        }
    }
    flush();
    return blocks;
}

QDate parseIsoDate(const QString &value)
{
    const QString v = value.trimmed();
    QDateTime dt = QDateTime::fromString(v, Qt::ISODate);
    if (dt.isValid())
        return dt.date();
    const QDate d = QDate::fromString(v.left(10), Qt::ISODate);
    return d;
}

void readJsonLd(const QJsonValue &value, HtmlArticle &out)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            readJsonLd(v, out);
        return;
    }
    const QJsonObject o = value.toObject();
    if (o.contains(QLatin1String("@graph")))
        readJsonLd(o.value(QLatin1String("@graph")), out);
    if (!out.published.isValid() && o.contains(QLatin1String("datePublished")))
        out.published = parseIsoDate(o.value(QLatin1String("datePublished")).toString());
    if (out.author.isEmpty() && o.contains(QLatin1String("author"))) {
        QJsonValue a = o.value(QLatin1String("author"));
        if (a.isArray())
            a = a.toArray().first();
        out.author = a.isObject() ? a.toObject().value(QLatin1String("name")).toString() : a.toString();
    }
    if (out.siteName.isEmpty() && o.contains(QLatin1String("publisher"))) {
        const QJsonValue p = o.value(QLatin1String("publisher"));
        out.siteName = p.isObject() ? p.toObject().value(QLatin1String("name")).toString() : p.toString();
    }
    if (out.title.isEmpty() && o.contains(QLatin1String("headline")))
        out.title = o.value(QLatin1String("headline")).toString().simplified();
}

// <meta>, <title> and JSON-LD, walked without recursion.
void readMetadata(const GumboNode *root, HtmlArticle &out)
{
    QString docTitle;
    QString firstH1;
    QHash<QString, QString> metas;
    std::vector<const GumboNode *> stack{root};
    QList<QString> jsonLd;
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_META) {
            QString key = textOfAttribute(node, "property");
            if (key.isEmpty())
                key = textOfAttribute(node, "name");
            if (key.isEmpty())
                key = textOfAttribute(node, "itemprop");
            key = key.toLower();
            if (!key.isEmpty() && !metas.contains(key))
                metas.insert(key, textOfAttribute(node, "content"));
        } else if (tag == GUMBO_TAG_TITLE || tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_SCRIPT) {
            QString text;
            const GumboVector &c = node->v.element.children;
            for (unsigned int i = 0; i < c.length; ++i) {
                const auto *t = static_cast<const GumboNode *>(c.data[i]);
                if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA || t->type == GUMBO_NODE_WHITESPACE)
                    text += QString::fromUtf8(t->v.text.text);
            }
            if (tag == GUMBO_TAG_TITLE && docTitle.isEmpty())
                docTitle = text.simplified();
            else if (tag == GUMBO_TAG_H1 && firstH1.isEmpty())
                firstH1 = text.simplified();
            else if (tag == GUMBO_TAG_SCRIPT && textOfAttribute(node, "type") == QLatin1String("application/ld+json"))
                jsonLd.append(text);
        }
        const GumboVector &c = node->v.element.children;
        for (unsigned int i = c.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(c.data[i - 1]));
    }
    for (const QString &key : {QStringLiteral("article:published_time"), QStringLiteral("og:published_time"),
                               QStringLiteral("datepublished"), QStringLiteral("pubdate"),
                               QStringLiteral("publishdate"), QStringLiteral("date")}) {
        if (!out.published.isValid() && metas.contains(key))
            out.published = parseIsoDate(metas.value(key));
    }
    for (const QString &ld : jsonLd) {
        const QJsonDocument doc = QJsonDocument::fromJson(ld.toUtf8());
        readJsonLd(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), out);
    }
    if (out.title.isEmpty())
        out.title = metas.value(QStringLiteral("og:title")).simplified();
    if (out.title.isEmpty())
        out.title = firstH1.isEmpty() ? docTitle : firstH1;
    if (out.author.isEmpty())
        out.author = metas.value(QStringLiteral("author"), metas.value(QStringLiteral("article:author")));
    if (out.siteName.isEmpty())
        out.siteName = metas.value(QStringLiteral("og:site_name"));
}

bool isInside(const GumboNode *node, const GumboNode *container)
{
    for (const GumboNode *n = node; n; n = n->parent)
        if (n == container)
            return true;
    return false;
}

// The element whose paragraphs hold the most text is the article; menus and link lists hold
// many short blocks and lose.
const GumboNode *mainContainer(const std::vector<Block> &blocks, const GumboNode *fallback)
{
    QHash<const GumboNode *, double> score;
    std::vector<const GumboNode *> order;
    for (const Block &b : blocks) {
        if (b.text.size() < 25)
            continue;
        const GumboNode *parent = b.element->parent;
        double weight = b.text.size();
        for (int level = 0; parent && level < 3; ++level, parent = parent->parent, weight /= 2) {
            if (parent->type != GUMBO_NODE_ELEMENT)
                break;
            if (!score.contains(parent))
                order.push_back(parent);
            score[parent] += weight;
        }
    }
    const GumboNode *best = fallback;
    double bestScore = 0;
    for (const GumboNode *n : order) { // document order: ties go to the first, deterministically
        if (score.value(n) > bestScore) {
            bestScore = score.value(n);
            best = n;
        }
    }
    return best;
}

} // namespace

QByteArray declaredHtmlCharset(const QByteArray &html)
{
    static const QRegularExpression re(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(html.left(4096)));
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

HtmlArticle extractHtmlArticle(const QByteArray &utf8Html)
{
    HtmlArticle out;
    const QByteArray html = limitHtmlNesting(utf8Html, MaxNesting, &out.flattened);
    const GumboOptions options = parserOptions();
    GumboOutput *parsed = gumbo_parse_with_options(&options, html.constData(), size_t(html.size()));
    out.treeDepth = treeDepth(parsed->root);
    out.parseErrorsKept = int(parsed->errors.length);
    readMetadata(parsed->root, out);

    const GumboNode *body = parsed->root;
    const GumboVector &rootChildren = parsed->root->v.element.children;
    for (unsigned int i = 0; i < rootChildren.length; ++i) {
        const auto *c = static_cast<const GumboNode *>(rootChildren.data[i]);
        if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_BODY)
            body = c;
    }
    const std::vector<Block> blocks = collectBlocks(body);
    const GumboNode *container = mainContainer(blocks, body);

    QStringList paragraphs;
    bool skipNextHeadline = false;
    for (const Block &b : blocks) {
        if (!isInside(b.element, container))
            continue;
        const FurnitureKind kind = pageFurnitureKind(b.text);
        if (kind == FurnitureKind::RelatedMarker) {
            skipNextHeadline = true;
            continue;
        }
        if (kind != FurnitureKind::None)
            continue;
        if (skipNextHeadline && looksLikeHeadline(b.text)) {
            skipNextHeadline = false;
            continue;
        }
        skipNextHeadline = false;
        paragraphs << b.text;
    }
    // The title usually heads the page outside the article body; keep it as the first line.
    if (!out.title.isEmpty() && (paragraphs.isEmpty() || paragraphs.first() != out.title))
        paragraphs.prepend(out.title);
    out.text = paragraphs.join(QLatin1Char('\n'));
    gumbo_destroy_output(&options, parsed);
    return out;
}

} // namespace fc

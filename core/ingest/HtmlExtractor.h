#pragma once

#include "ingest/HtmlNesting.h" // limitHtmlNesting, which extractHtmlArticle applies first

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace fc {

// What a web page says about its article: the main text (one paragraph per line, without
// navigation, scripts, captions and related-link blocks) and the page's own metadata.
struct HtmlArticle
{
    QString text;
    QString title;
    QString author;
    QString siteName;
    QDate published;
    bool flattened = false; // nesting deeper than the limit was ignored
    // What the parse cost, for the cost tests: the depth of the parsed tree (each start tag
    // walks the stack of open elements) and how many parse errors the parser kept (each
    // holds a copy of that stack).
    int treeDepth = 0;
    int parseErrorsKept = 0;
};

// utf8Html must be UTF-8 (decode first). Never crashes on malformed or deeply nested input.
HtmlArticle extractHtmlArticle(const QByteArray &utf8Html);

// The charset an HTML document declares in a <meta> tag near its start, lowercased, or empty.
QByteArray declaredHtmlCharset(const QByteArray &html);

} // namespace fc

#include "HtmlText.h"

namespace fc {

QString htmlEscaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case '\t':
        case '\n':
        case '\r': out += c; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QChar(0xfffd);
            else
                out += c;
        }
    }
    return out;
}

} // namespace fc

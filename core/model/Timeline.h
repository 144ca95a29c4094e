#pragma once

#include "Span.h"
#include "TimeValue.h"

#include <QString>
#include <QStringList>

namespace fc {

struct TimelineEvent
{
    TimeValue date;
    QString label;
    QString doc;
    Span span;
    QStringList findings; // ids of findings that dispute this date
};

} // namespace fc

#pragma once

#include "Article.h"
#include "Entity.h"
#include "Finding.h"
#include "Timeline.h"

namespace fc {

// Everything one analysis produced: what the JSON report contract serialises.
struct Report
{
    QList<Article> articles;
    QList<Entity> entities;
    QList<TimelineEvent> timeline;
    QList<Finding> findings;

    const Article *article(const QString &id) const;
    const Entity *entity(const QString &id) const;
};

} // namespace fc

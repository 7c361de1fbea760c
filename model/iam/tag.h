#pragma once

#include <QList>
#include <QString>

struct Tag
{
    QString key;
    QString value;
    bool operator==(const Tag&) const = default;
};

using TagList = QList<Tag>;

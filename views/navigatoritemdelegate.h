#pragma once

#include <QStyledItemDelegate>

// Gives each navigator row the icon of what it stands for (the model stays
// free of GUI types).
class NavigatorItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

#pragma once

#include <QColor>
#include <QIdentityProxyModel>

// Paints the cells and header sections whose flag role is true in a
// background color: the item models say what stands out, the view how.
class RoleHighlightProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    RoleHighlightProxy(int flagRole, const QColor& color, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int m_flagRole;
    QColor m_color;
};

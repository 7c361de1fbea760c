#include "rolehighlightproxy.h"

#include <QBrush>

RoleHighlightProxy::RoleHighlightProxy(int flagRole, const QColor& color, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_flagRole(flagRole)
    , m_color(color)
{}

QVariant RoleHighlightProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::BackgroundRole && QIdentityProxyModel::data(index, m_flagRole).toBool())
        return QBrush(m_color);
    return QIdentityProxyModel::data(index, role);
}

QVariant RoleHighlightProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::BackgroundRole &&
        QIdentityProxyModel::headerData(section, orientation, m_flagRole).toBool())
        return QBrush(m_color);
    return QIdentityProxyModel::headerData(section, orientation, role);
}

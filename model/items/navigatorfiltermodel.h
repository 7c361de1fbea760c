#pragma once

#include <QSortFilterProxyModel>

class NavigatorModel;

// The navigator's filter box: keeps the entries whose name or ARN contains
// the text (case-insensitively), with their account and category above them
// and their relations below.
class NavigatorFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NavigatorFilterModel(NavigatorModel* source, QObject* parent = nullptr);

    void setFilterText(const QString& text);
    // Fetches every entry's name ahead of the first key, e.g. when the filter
    // box gets focus, so that no keystroke waits for the directory.
    void prepare();
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    NavigatorModel* m_source;
    QString m_text;
};

#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

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
    // Typing on only narrows: what the shorter text rejected, the longer one
    // rejects too, without searching again. Any change to the rows forgets.
    void forgetRejected();
    // Whether a searched row's text holds the filter text.
    bool matches(const QModelIndex& sourceIndex) const;

    NavigatorModel* m_source;
    QString m_text;
    // The text's search tables, built once per key rather than once per row.
    QStringMatcher m_matcher;
    // Rows (their source's internal pointers) a part of the current text rejected.
    mutable QSet<const void*> m_rejected;
};

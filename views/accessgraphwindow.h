#pragma once

#include "iam/entitykind.h"

#include <QWidget>

class AccessGraph;
class AccessGraphView;
class AuditProgress;
class BackgroundAudit;
class ConsoleSession;
class Directory;
class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;

// The access graph of one account: a toolbar (account, zoom, fit, export as
// SVG, PNG or DOT) over the graph. Shown only when the active identity may
// list the account's users, groups and roles; follows directory changes and
// role switches. The graph's data is read in the background with a Cancel
// button; closing the window cancels it.
class AccessGraphWindow : public QWidget
{
    Q_OBJECT

public:
    // Graphviz takes long beyond this; the window says so instead of drawing.
    static constexpr int MaxNodes = 1500;

    enum class Format
    {
        Svg,
        Png,
        Dot
    };

    AccessGraphWindow(const Directory* directory, ConsoleSession* session,
                      QWidget* parent = nullptr);

    void showAccount(const QString& accountId);
    QString accountId() const;

    AccessGraphView* view() const { return m_view; }
    QComboBox* accountBox() const { return m_accounts; }
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* fitAction() const { return m_fit; }
    QAction* exportAction(Format format) const;
    // Why no graph is shown (access denied, empty account, too large, an
    // error); empty while the graph is shown.
    QString messageText() const;
    bool isGraphShown() const;
    bool isReading() const;
    AuditProgress* progress() const { return m_progress; }

    // Writes the graph without asking for a file name. False with *error set on failure.
    bool exportTo(Format format, const QString& path, QString* error = nullptr);

Q_SIGNALS:
    // A node was clicked: the detail pane shows the entity.
    void entityActivated(EntityKind kind, const QString& accountId, const QString& name);

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void fillAccounts();
    void scheduleReload();
    void reload();
    void showGraph(const AccessGraph& graph);
    // The first denial of the list calls the graph needs, empty when allowed.
    QString deniedMessage(const QString& accountId) const;
    void showMessage(const QString& text, bool denied = false);
    void setGraphActionsEnabled(bool enabled);
    void updateZoomLabel(qreal factor);
    void askAndExport(Format format);

    const Directory* m_directory;
    ConsoleSession* m_session;
    QComboBox* m_accounts;
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_fit;
    QAction* m_exportSvg;
    QAction* m_exportPng;
    QAction* m_exportDot;
    QLabel* m_zoomLabel;
    QStackedWidget* m_pages;
    AccessGraphView* m_view;
    BackgroundAudit* m_audit;
    AuditProgress* m_progress;
    QWidget* m_message = nullptr;
    QString m_messageText;
    bool m_reloadQueued = false;
    bool m_stale = true;
};

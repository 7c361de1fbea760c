#pragma once

#include "console/switchrolerequest.h"
#include "iam/role.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class ConsoleSession;
class Directory;
class QAbstractButton;
class QButtonGroup;
class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QToolButton;

// The console's Switch Role page: account, role, display name and color,
// with more options (duration, MFA code, session name). It says why a switch
// would fail while the user types, and switches through the session.
class SwitchRoleDialog : public QDialog
{
    Q_OBJECT

public:
    SwitchRoleDialog(ConsoleSession* session, const Directory& directory,
                     QWidget* parent = nullptr);

    // The form as a request; the display name stays empty when the user left
    // the proposed one.
    SwitchRoleRequest request() const;
    void setRequest(const SwitchRoleRequest& request);
    // Fills the form from a switch link; false (form unchanged) when text is none.
    bool fillFromLink(const QString& text);

    QLineEdit* accountEdit() const { return m_account; }
    QLineEdit* roleEdit() const { return m_role; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QAbstractButton* colorSwatch(const QString& colorId) const;
    QToolButton* moreOptionsButton() const { return m_moreOptions; }
    QSpinBox* durationBox() const { return m_duration; }
    QLabel* durationRangeLabel() const { return m_durationRange; }
    QLineEdit* mfaCodeEdit() const { return m_mfaCode; }
    bool isMfaCodeShown() const;
    QLineEdit* sessionNameEdit() const { return m_sessionName; }
    QPushButton* pasteLinkButton() const { return m_pasteLink; }
    QPushButton* switchButton() const { return m_switch; }
    // The pre-flight or switch error shown under the form; empty when none.
    QString errorText() const;

protected:
    // The first field still empty has the focus, else Switch Role: the form
    // is filled in from the keyboard without reaching for the mouse.
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createColorSwatches();
    QWidget* createMoreOptions();
    void fillAccountCompletion();
    void fillRoleCompletion();
    std::optional<Role> lookUpRole() const;
    void formChanged();
    void accountEdited(const QString& text);
    void pasteLink();
    void updateDisplayNamePlaceholder();
    void updateRoleOptions();
    void preflight();
    void submit();
    void showError(const QString& text);

    ConsoleSession* m_session;
    const Directory& m_directory;
    QLineEdit* m_account;
    QLineEdit* m_role;
    QLineEdit* m_displayName;
    QButtonGroup* m_colors;
    QToolButton* m_moreOptions;
    QWidget* m_moreOptionsPanel;
    QFormLayout* m_moreOptionsForm = nullptr;
    QSpinBox* m_duration;
    QLabel* m_durationRange;
    QLineEdit* m_mfaCode;
    QLineEdit* m_sessionName;
    QPushButton* m_pasteLink;
    QPushButton* m_switch;
    QLabel* m_error;
    QStringListModel* m_accountNames;
    QStringListModel* m_roleNames;
    QTimer m_preflightTimer;
    std::optional<QString> m_durationRoleArn; // the role the duration range was set for
    bool m_switching = false;
};

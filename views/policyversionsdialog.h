#pragma once

#include <QDialog>

class DirectoryAdmin;
class FieldError;
class MessageStrip;
class PolicyEditor;
class QCheckBox;
class QListWidget;
class QPushButton;

// A managed policy's versions, newest first with the default marked: show a
// version, set it as the default, delete one that is not the default, or
// save the editor's text as a new version (at most 5 are kept: the service
// answers LimitExceeded, shown at the list with what to do). AWS-managed
// policies are shown read-only.
class PolicyVersionsDialog : public QDialog
{
    Q_OBJECT

public:
    PolicyVersionsDialog(DirectoryAdmin* admin, const QString& policyArn,
                         QWidget* parent = nullptr);

    QListWidget* versionList() const { return m_versions; }
    // The version ids as listed, newest first.
    QStringList versionIds() const;
    QString selectedVersionId() const;
    void selectVersion(const QString& versionId);
    PolicyEditor* editor() const { return m_editor; }
    QCheckBox* setAsDefaultBox() const { return m_setAsDefault; }
    QPushButton* createVersionButton() const { return m_create; }
    QPushButton* setDefaultButton() const { return m_setDefault; }
    QPushButton* deleteVersionButton() const { return m_delete; }
    MessageStrip* messageStrip() const { return m_strip; }
    QString listError() const;
    QString editorError() const;

Q_SIGNALS:
    void versionsChanged();

private:
    void reload(const QString& select = {});
    void showSelected();
    void createVersion();
    void setDefault();
    void deleteVersion();
    void changed(const QString& select);

    DirectoryAdmin* m_admin;
    QString m_policyArn;
    bool m_readOnly = false;
    MessageStrip* m_strip;
    QListWidget* m_versions;
    FieldError* m_listError;
    QPushButton* m_setDefault;
    QPushButton* m_delete;
    PolicyEditor* m_editor;
    FieldError* m_editorError;
    QCheckBox* m_setAsDefault;
    QPushButton* m_create;
};

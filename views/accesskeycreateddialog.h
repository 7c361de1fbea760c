#pragma once

#include "console/accesskeymanager.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

// "Retrieve access keys": the one time the secret access key can be seen.
// It is hidden until Show, can be copied or saved as the console's .csv,
// and is wiped from the dialog's fields and memory when the dialog closes.
class AccessKeyCreatedDialog : public QDialog
{
    Q_OBJECT

public:
    AccessKeyCreatedDialog(NewAccessKey key, QWidget* parent = nullptr);
    ~AccessKeyCreatedDialog() override;

    QString accessKeyId() const { return m_key.info.accessKeyId; }
    bool isSecretShown() const;
    void setSecretShown(bool shown);
    // Writes the .csv file; false (with a message) when it could not be written.
    bool saveCsv(const QString& path);
    QLineEdit* secretField() const { return m_secret; }

protected:
    void done(int result) override;

private:
    void downloadCsv();
    void wipe();

    NewAccessKey m_key;
    QLineEdit* m_secret;
    QPushButton* m_show;
};

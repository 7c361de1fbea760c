#pragma once

#include "iam/mfadeviceinfo.h"

#include <QDialog>

#include <memory>

class MfaDeviceManager;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QrCodeView;

struct PendingMfaDevice;

// "Assign MFA device", as the console's wizard: a device name, then the QR
// code of the new seed (or its base32 text, on request) and two consecutive
// codes from the authenticator app. Errors show inline. The seed lives only
// in this dialog until the codes are accepted, and is wiped when it closes.
class AssignMfaDialog : public QDialog
{
    Q_OBJECT

public:
    AssignMfaDialog(MfaDeviceManager* devices, const QString& accountId, const QString& userName,
                    QWidget* parent = nullptr);
    ~AssignMfaDialog() override;

    QLineEdit* deviceNameEdit() const { return m_name; }
    QPushButton* nextButton() const { return m_next; }
    QrCodeView* qrCode() const { return m_qr; }
    QPushButton* showSecretButton() const { return m_showSecret; }
    // The seed in base32, shown only after "Show secret key".
    QLabel* secretLabel() const { return m_secret; }
    QLineEdit* code1Edit() const { return m_code1; }
    QLineEdit* code2Edit() const { return m_code2; }
    QPushButton* addButton() const { return m_add; }
    // 0: device name, 1: QR code and codes.
    int currentStep() const;
    QString errorText() const;

Q_SIGNALS:
    void deviceAssigned(const MfaDeviceInfo& device);

protected:
    void done(int result) override;

private:
    QWidget* createNamePage();
    QWidget* createCodesPage();
    void start();
    void submitCodes();
    void toggleSecret();
    void updateButtons();
    void showError(const QString& message);
    void forgetSecrets();

    MfaDeviceManager* m_devices;
    QString m_accountId;
    QString m_userName;
    std::unique_ptr<PendingMfaDevice> m_pending;
    QStackedWidget* m_pages;
    QLabel* m_error;
    QLineEdit* m_name;
    QPushButton* m_next;
    QrCodeView* m_qr;
    QPushButton* m_showSecret;
    QLabel* m_secret;
    QLineEdit* m_code1;
    QLineEdit* m_code2;
    QPushButton* m_add;
};

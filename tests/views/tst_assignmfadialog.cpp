#include "assignmfadialog.h"
#include "asynctesting.h"
#include "console/mfadevicemanager.h"
#include "crypto/base32.h"
#include "crypto/totp.h"
#include "democonsole.h"
#include "iam/mfadeviceinfo.h"
#include "qrcodeview.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestAssignMfaDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<AssignMfaDialog> dialog;
    const QString prod = QStringLiteral("111122223333");

    void open(const QString& user)
    {
        dialog = std::make_unique<AssignMfaDialog>(c->mfaDevices.get(), prod, user);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    void name(const QString& deviceName)
    {
        QTest::keyClicks(dialog->deviceNameEdit(), deviceName);
        QVERIFY(dialog->nextButton()->isEnabled());
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    }

    // Reads the seed the way a person would: "Show secret key".
    SecureBytes shownSeed()
    {
        QTest::mouseClick(dialog->showSecretButton(), Qt::LeftButton);
        if (dialog->secretLabel()->isHidden())
            return {};
        return *Base32::decodeSecret(dialog->secretLabel()->text());
    }

    void enterCodes(const QString& code1, const QString& code2)
    {
        dialog->code1Edit()->clear();
        dialog->code2Edit()->clear();
        QTest::keyClicks(dialog->code1Edit(), code1);
        QTest::keyClicks(dialog->code2Edit(), code2);
        QVERIFY(dialog->addButton()->isEnabled());
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    }

private slots:
    void init()
    {
        REQUIRE_VALUE(c, DemoConsole::open());
        QVERIFY(c->signIn(QStringLiteral("Maria")).ok());
    }

    void cleanup()
    {
        dialog.reset();
        c.reset();
    }

    void nameThenQrCodeThenTwoCodesAssignsTheDevice()
    {
        open(QStringLiteral("Maria"));
        QCOMPARE(dialog->currentStep(), 0);
        QVERIFY(!dialog->nextButton()->isEnabled());
        name(QStringLiteral("maria-phone"));
        QCOMPARE(dialog->currentStep(), 1);
        QVERIFY(dialog->errorText().isEmpty());
        // A QR code big enough for an otpauth URI is on screen.
        QVERIFY(dialog->qrCode()->moduleCount() >= 41);
        QVERIFY(dialog->secretLabel()->isHidden());
        const SecureBytes seed = shownSeed();
        QCOMPARE(seed.size(), 20);
        QVERIFY(!dialog->addButton()->isEnabled());

        QSignalSpy assigned(dialog.get(), &AssignMfaDialog::deviceAssigned);
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        const QDateTime now = c->clock.now();
        enterCodes(Totp::code(seed, now.addSecs(-30)), Totp::code(seed, now));
        QTRY_COMPARE(accepted.size(), 1);
        QCOMPARE(assigned.size(), 1);
        QCOMPARE(assigned.first().first().value<MfaDeviceInfo>().serialNumber,
                 QStringLiteral("arn:aws:iam::111122223333:mfa/maria-phone"));
        QCOMPARE(c->dir->mfaDevices(prod, QStringLiteral("Maria")).size(), 1);
        // Closing wipes what the dialog showed.
        QCOMPARE(dialog->qrCode()->moduleCount(), 0);
        QVERIFY(dialog->secretLabel()->text().isEmpty());
    }

    void wrongCodesShowAwsMessageInlineAndAllowAnotherTry()
    {
        open(QStringLiteral("Maria"));
        name(QStringLiteral("maria-phone"));
        const SecureBytes seed = shownSeed();
        const QDateTime now = c->clock.now();
        enterCodes(Totp::code(seed, now), Totp::code(seed, now)); // the same code twice
        QTRY_COMPARE(dialog->errorText(),
                     QStringLiteral("Authentication code for device is not valid."));
        QVERIFY(dialog->isVisible());
        QVERIFY(c->dir->mfaDevices(prod, QStringLiteral("Maria")).isEmpty());
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        enterCodes(Totp::code(seed, now.addSecs(-30)), Totp::code(seed, now));
        QTRY_COMPARE(accepted.size(), 1);
    }

    void aTakenNameIsRefusedOnTheFirstStep()
    {
        QVERIFY(c->dir->addMfaDevice(prod, QStringLiteral("John"), QStringLiteral("phone")));
        open(QStringLiteral("Maria"));
        name(QStringLiteral("phone"));
        QCOMPARE(dialog->currentStep(), 0);
        QCOMPARE(dialog->errorText(),
                 QStringLiteral("MFADevice entity at the same path and name already exists."));
    }

    void johnIsDeniedOnTheFirstStep()
    {
        dialog.reset();
        c->session->signOut();
        QVERIFY(c->signIn(QStringLiteral("John")).ok());
        open(QStringLiteral("John"));
        name(QStringLiteral("john-phone"));
        QCOMPARE(dialog->currentStep(), 0);
        QVERIFY(dialog->errorText().contains(QLatin1String("iam:CreateVirtualMFADevice")));
    }
};

QTEST_MAIN(TestAssignMfaDialog)
#include "tst_assignmfadialog.moc"

#include "assignmfadialog.h"

#include "console/mfadevicemanager.h"
#include "qrcodeview.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QLineEdit* codeEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(6);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), edit));
    edit->setInputMethodHints(Qt::ImhDigitsOnly);
    return edit;
}
} // namespace

AssignMfaDialog::AssignMfaDialog(MfaDeviceManager* devices, const QString& accountId,
                                 const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_devices(devices)
    , m_accountId(accountId)
    , m_userName(userName)
    , m_pages(new QStackedWidget(this))
    , m_error(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_qr(new QrCodeView(this))
    , m_showSecret(new QPushButton(tr("Show secret key"), this))
    , m_secret(new QLabel(this))
    , m_code1(codeEdit(this, QStringLiteral("MfaCode1Edit")))
    , m_code2(codeEdit(this, QStringLiteral("MfaCode2Edit")))
    , m_add(new QPushButton(tr("Add MFA"), this))
{
    setWindowTitle(tr("Assign MFA device — %1").arg(userName));
    m_error->setObjectName(QStringLiteral("AssignMfaError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_pages->addWidget(createNamePage());
    m_pages->addWidget(createCodesPage());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_next, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    // accepted() stays unconnected: Next and Add MFA act themselves.
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_next, &QPushButton::clicked, this, &AssignMfaDialog::start);
    connect(m_add, &QPushButton::clicked, this, &AssignMfaDialog::submitCodes);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    updateButtons();
}

AssignMfaDialog::~AssignMfaDialog()
{
    forgetSecrets();
}

QWidget* AssignMfaDialog::createNamePage()
{
    auto* page = new QWidget(this);
    m_name->setObjectName(QStringLiteral("MfaDeviceNameEdit"));
    m_name->setMaxLength(226);
    auto* hint = new QLabel(tr("Enter a meaningful name to identify this device: up to 226 "
                               "letters, digits and +=,.@-_ characters."),
                            page);
    hint->setWordWrap(true);
    auto* form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Device name"), m_name);
    form->addRow(hint);
    connect(m_name, &QLineEdit::textChanged, this, &AssignMfaDialog::updateButtons);
    return page;
}

QWidget* AssignMfaDialog::createCodesPage()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(tr("Open your authenticator app and scan the QR code, or type the "
                                "secret key. Then enter two consecutive codes from the app."),
                             page);
    intro->setWordWrap(true);
    m_qr->setObjectName(QStringLiteral("MfaQrCode"));
    m_qr->setMinimumSize(200, 200);
    m_showSecret->setObjectName(QStringLiteral("ShowSecretKeyButton"));
    m_showSecret->setFlat(true);
    m_secret->setObjectName(QStringLiteral("MfaSecretKey"));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("MFA code 1"), m_code1);
    form->addRow(tr("MFA code 2"), m_code2);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_qr, 1, Qt::AlignHCenter);
    layout->addWidget(m_showSecret, 0, Qt::AlignLeft);
    layout->addWidget(m_secret);
    layout->addLayout(form);
    connect(m_showSecret, &QPushButton::clicked, this, &AssignMfaDialog::toggleSecret);
    connect(m_code1, &QLineEdit::textChanged, this, &AssignMfaDialog::updateButtons);
    connect(m_code2, &QLineEdit::textChanged, this, &AssignMfaDialog::updateButtons);
    return page;
}

int AssignMfaDialog::currentStep() const
{
    return m_pages->currentIndex();
}

QString AssignMfaDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AssignMfaDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void AssignMfaDialog::updateButtons()
{
    const bool naming = currentStep() == 0;
    m_next->setVisible(naming);
    m_add->setVisible(!naming);
    m_next->setEnabled(!m_name->text().trimmed().isEmpty());
    m_add->setEnabled(m_pending && m_code1->text().size() == 6 && m_code2->text().size() == 6);
    (naming ? m_next : m_add)->setDefault(true);
}

void AssignMfaDialog::start()
{
    auto started = m_devices->start(m_accountId, m_userName, m_name->text().trimmed());
    if (!started) {
        showError(started.error().message());
        return;
    }
    m_pending = std::make_unique<PendingMfaDevice>(std::move(started).value());
    // The URI holds the seed: encoded straight from its wiping buffer, never copied.
    m_qr->setText(m_pending->otpauthUri().view());
    showError({});
    m_pages->setCurrentIndex(1);
    m_code1->setFocus();
    updateButtons();
}

void AssignMfaDialog::toggleSecret()
{
    if (!m_pending)
        return;
    const bool show = m_secret->isHidden();
    // Groups of four, as apps show seeds; apps ignore the spaces.
    // Built from the wiping buffer, so the label's text is the only plain copy.
    QString text;
    if (show) {
        const SecureBytes base32 = m_pending->base32Seed();
        text.reserve(base32.size() + base32.size() / 4);
        for (qsizetype i = 0; i < base32.size(); ++i) {
            if (i > 0 && i % 4 == 0)
                text += QLatin1Char(' ');
            text += QLatin1Char(base32.constData()[i]);
        }
    }
    m_secret->setText(text);
    m_secret->setVisible(show);
    m_showSecret->setText(show ? tr("Hide secret key") : tr("Show secret key"));
}

void AssignMfaDialog::submitCodes()
{
    if (!m_add->isEnabled())
        return;
    m_add->setEnabled(false);
    QPointer<AssignMfaDialog> self(this);
    m_devices->enable(*m_pending, m_code1->text(), m_code2->text(),
                      [self](Result<MfaDeviceInfo> result) {
                          if (!self)
                              return;
                          if (!result) {
                              self->showError(result.error().message());
                              self->m_code1->clear();
                              self->m_code2->clear();
                              self->m_code1->setFocus();
                              self->updateButtons();
                              return;
                          }
                          Q_EMIT self->deviceAssigned(result.value());
                          self->accept();
                      });
}

void AssignMfaDialog::forgetSecrets()
{
    m_pending.reset();
    m_qr->clear();
    m_secret->clear();
}

void AssignMfaDialog::done(int result)
{
    forgetSecrets();
    QDialog::done(result);
}

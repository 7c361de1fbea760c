#include "accesskeycreateddialog.h"

#include "crypto/owneronlyfile.h"
#include "secretclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLineEdit* monospaceField(QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return field;
}
} // namespace

AccessKeyCreatedDialog::AccessKeyCreatedDialog(NewAccessKey key, QWidget* parent)
    : QDialog(parent)
    , m_key(std::move(key))
    , m_secret(monospaceField(this))
    , m_show(new QPushButton(tr("Show"), this))
{
    setWindowTitle(tr("Retrieve access keys"));
    auto* warning = new QLabel(
        tr("This is the only time that the secret access key can be viewed or downloaded. You "
           "cannot recover it later. However, you can create a new access key any time."),
        this);
    warning->setObjectName(QStringLiteral("SecretWarning"));
    warning->setWordWrap(true);

    QLineEdit* id = monospaceField(this);
    id->setObjectName(QStringLiteral("AccessKeyId"));
    id->setText(m_key.info.accessKeyId);
    m_secret->setObjectName(QStringLiteral("SecretAccessKey"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setText(m_key.secretAccessKey.insecureUtf8String());

    auto* copyId = new QPushButton(tr("Copy"), this);
    auto* copySecret = new QPushButton(tr("Copy"), this);
    copySecret->setObjectName(QStringLiteral("CopySecret"));
    m_show->setObjectName(QStringLiteral("ShowSecret"));
    m_show->setCheckable(true);

    auto* idRow = new QHBoxLayout;
    idRow->addWidget(id, 1);
    idRow->addWidget(copyId);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_show);
    secretRow->addWidget(copySecret);
    auto* form = new QFormLayout;
    form->addRow(tr("Access key"), idRow);
    form->addRow(tr("Secret access key"), secretRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* download =
        buttons->addButton(tr("Download .csv file"), QDialogButtonBox::ActionRole);
    download->setObjectName(QStringLiteral("DownloadCsv"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_show, &QPushButton::toggled, this, &AccessKeyCreatedDialog::setSecretShown);
    connect(copyId, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_key.info.accessKeyId); });
    connect(copySecret, &QPushButton::clicked, this, [this] {
        SecretClipboard::instance()->copy(m_key.secretAccessKey.insecureUtf8String());
    });
    connect(download, &QPushButton::clicked, this, &AccessKeyCreatedDialog::downloadCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AccessKeyCreatedDialog::~AccessKeyCreatedDialog()
{
    wipe();
}

bool AccessKeyCreatedDialog::isSecretShown() const
{
    return m_secret->echoMode() == QLineEdit::Normal;
}

void AccessKeyCreatedDialog::setSecretShown(bool shown)
{
    m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_show->setText(shown ? tr("Hide") : tr("Show"));
    if (m_show->isChecked() != shown)
        m_show->setChecked(shown);
}

bool AccessKeyCreatedDialog::saveCsv(const QString& path)
{
    // The file holds the secret access key: owner-only from its first byte.
    const SecureBytes csv = AccessKeyManager::csv(m_key);
    const Result<void> saved =
        OwnerOnlyFile::write(path, QByteArrayView(csv.constData(), csv.size()));
    if (saved)
        return true;
    QMessageBox::warning(this, tr("Download .csv file"),
                         tr("The file could not be saved: %1").arg(saved.error().message()));
    return false;
}

void AccessKeyCreatedDialog::downloadCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Download .csv file"), m_key.info.userName + QStringLiteral("_accessKeys.csv"),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveCsv(path);
}

void AccessKeyCreatedDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

// The field's text is the only copy outside SecureBytes; overwrite it before
// letting it go.
void AccessKeyCreatedDialog::wipe()
{
    m_secret->setText(QString(m_secret->text().size(), QChar(u'\0')));
    m_secret->clear();
    m_key.secretAccessKey.clear();
}

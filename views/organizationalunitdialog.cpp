#include "organizationalunitdialog.h"

#include "admin/directoryadmin.h"
#include "fielderror.h"
#include "messagestrip.h"
#include "organizationchoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OrganizationalUnitDialog::OrganizationalUnitDialog(DirectoryAdmin* admin, const QString& parentId,
                                                   QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_strip(new MessageStrip(this))
    , m_parent(new QComboBox(this))
    , m_parentError(new FieldError(this))
    , m_name(new QLineEdit(this))
    , m_nameError(new FieldError(this))
    , m_create(new QPushButton(tr("Create organizational unit"), this))
{
    setObjectName(QStringLiteral("OrganizationalUnitDialog"));
    setWindowTitle(tr("Create organizational unit"));
    m_parent->setObjectName(QStringLiteral("OuParentBox"));
    m_name->setObjectName(QStringLiteral("OuNameEdit"));
    m_name->setMaxLength(128);
    m_name->setPlaceholderText(tr("e.g. Workloads"));
    m_create->setObjectName(QStringLiteral("CreateOuButton"));

    m_strip->setCodesInFields(true);
    m_strip->claim(QStringLiteral("DuplicateOrganizationalUnitException"), m_nameError);
    m_strip->claim(QStringLiteral("InvalidInputException"), m_nameError);
    m_strip->claim(QStringLiteral("ConstraintViolationException"), m_parentError);
    m_strip->claim(QStringLiteral("ParentNotFoundException"), m_parentError);

    const OrganizationChoices choices = OrganizationChoices::load(*admin);
    for (const OrganizationChoices::Choice& choice : choices.parents)
        m_parent->addItem(choice.label, choice.id);
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(parentId)));
    if (!choices.denied.isNull())
        m_strip->showError(choices.denied);

    auto* form = new QFormLayout;
    form->addRow(tr("Parent"), FieldError::stack(m_parent, m_parentError));
    form->addRow(tr("Organizational unit name"), FieldError::stack(m_name, m_nameError));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] { (void)submit(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 220);
}

QString OrganizationalUnitDialog::nameError() const
{
    return m_nameError->error();
}

QString OrganizationalUnitDialog::parentError() const
{
    return m_parentError->error();
}

bool OrganizationalUnitDialog::submit()
{
    const auto created =
        m_admin->createOrganizationalUnit(m_parent->currentData().toString(), m_name->text());
    if (!created) {
        m_strip->showError(created.error());
        return false;
    }
    Q_EMIT unitCreated(created->id);
    accept();
    return true;
}

#include "switchroledialog.h"

#include "colormark.h"

#include "console/consolesession.h"
#include "console/displaycolor.h"
#include "console/switchlink.h"
#include "directory/directory.h"
#include "sts/trustconditions.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int minimumDuration = 15 * 60;
constexpr int defaultDuration = 60 * 60;
constexpr int preflightDelayMs = 250;
const QString checkMark = QStringLiteral("\u2713");

// "1 hour", "12 hours", "90 minutes": whole hours when it is whole hours.
QString durationText(int seconds)
{
    // Spelled out rather than "%n hour(s)": English has no translation file to plural them.
    if (seconds % 3600 == 0) {
        const int hours = seconds / 3600;
        return hours == 1 ? SwitchRoleDialog::tr("1 hour")
                          : SwitchRoleDialog::tr("%1 hours").arg(hours);
    }
    const int minutes = seconds / 60;
    return minutes == 1 ? SwitchRoleDialog::tr("1 minute")
                        : SwitchRoleDialog::tr("%1 minutes").arg(minutes);
}

QLineEdit* lineEdit(const char* objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setClearButtonEnabled(true);
    return edit;
}

QCompleter* completer(QStringListModel* model, QObject* parent)
{
    auto* c = new QCompleter(model, parent);
    c->setCaseSensitivity(Qt::CaseInsensitive);
    c->setFilterMode(Qt::MatchContains);
    return c;
}
} // namespace

SwitchRoleDialog::SwitchRoleDialog(ConsoleSession* session, const Directory& directory,
                                   QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_directory(directory)
    , m_account(lineEdit("AccountEdit", this))
    , m_role(lineEdit("RoleEdit", this))
    , m_displayName(lineEdit("DisplayNameEdit", this))
    , m_colors(new QButtonGroup(this))
    , m_moreOptions(new QToolButton(this))
    , m_moreOptionsPanel(nullptr)
    , m_duration(new QSpinBox(this))
    , m_durationRange(new QLabel(this))
    , m_mfaCode(lineEdit("MfaCodeEdit", this))
    , m_sessionName(lineEdit("SessionNameEdit", this))
    , m_pasteLink(new QPushButton(tr("Paste switch link"), this))
    , m_switch(new QPushButton(tr("Switch Role"), this))
    , m_error(new QLabel(this))
    , m_accountNames(new QStringListModel(this))
    , m_roleNames(new QStringListModel(this))
{
    setObjectName(QStringLiteral("SwitchRoleDialog"));
    setWindowTitle(tr("Switch Role"));

    auto* title = new QLabel(tr("Switch Role"), this);
    title->setObjectName(QStringLiteral("SignInTitle"));
    auto* intro = new QLabel(tr("Work in another account or with other permissions, with "
                                "temporary credentials, without signing in again. The role "
                                "must trust you, and your own policies must allow "
                                "sts:AssumeRole on it."),
                             this);
    intro->setWordWrap(true);

    m_account->setPlaceholderText(tr("Account ID or alias, or paste a switch link"));
    m_account->setCompleter(completer(m_accountNames, this));
    m_account->setAccessibleName(tr("Account"));
    m_role->setPlaceholderText(tr("Role path and name"));
    m_role->setMaxLength(64);
    m_role->setCompleter(completer(m_roleNames, this));
    m_role->setAccessibleName(tr("Role"));
    m_displayName->setMaxLength(64);
    m_displayName->setAccessibleName(tr("Display name"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Account"), m_account);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Display name"), m_displayName);
    form->addRow(tr("Display &color"), createColorSwatches());

    m_moreOptions->setObjectName(QStringLiteral("MoreOptionsButton"));
    m_moreOptions->setText(tr("More options"));
    m_moreOptions->setCheckable(true);
    m_moreOptions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreOptions->setArrowType(Qt::RightArrow);
    m_moreOptions->setAutoRaise(true);
    m_moreOptionsPanel = createMoreOptions();
    m_moreOptionsPanel->setVisible(false);
    connect(m_moreOptions, &QToolButton::toggled, this, [this](bool open) {
        m_moreOptions->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_moreOptionsPanel->setVisible(open);
        adjustSize();
    });

    m_error->setObjectName(QStringLiteral("SwitchRoleError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    m_pasteLink->setObjectName(QStringLiteral("PasteLinkButton"));
    m_pasteLink->setToolTip(tr("Fill the form from a switch link on the clipboard"));
    auto* cancel = new QPushButton(tr("Cancel"), this);
    m_switch->setObjectName(QStringLiteral("SwitchRoleButton"));
    m_switch->setProperty("primary", true);
    m_switch->setDefault(true);
    m_switch->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_pasteLink);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_switch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_moreOptions, 0, Qt::AlignLeft);
    layout->addWidget(m_moreOptionsPanel);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setMinimumWidth(520);

    // Checks run when typing pauses, not on every key.
    m_preflightTimer.setSingleShot(true);
    m_preflightTimer.setInterval(preflightDelayMs);
    connect(&m_preflightTimer, &QTimer::timeout, this, &SwitchRoleDialog::preflight);

    connect(m_account, &QLineEdit::textChanged, this, &SwitchRoleDialog::accountEdited);
    for (QLineEdit* edit : {m_role, m_displayName, m_mfaCode, m_sessionName})
        connect(edit, &QLineEdit::textChanged, this, &SwitchRoleDialog::formChanged);
    connect(m_duration, &QSpinBox::valueChanged, this, &SwitchRoleDialog::formChanged);
    connect(m_pasteLink, &QPushButton::clicked, this, &SwitchRoleDialog::pasteLink);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_switch, &QPushButton::clicked, this, &SwitchRoleDialog::submit);

    fillAccountCompletion();
    formChanged();
}

QWidget* SwitchRoleDialog::createColorSwatches()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("ColorSwatches"));
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    for (const DisplayColor& color : DisplayColor::all()) {
        auto* swatch = new QToolButton(box);
        swatch->setObjectName(QStringLiteral("ColorSwatch_") + color.id());
        swatch->setCheckable(true);
        // Arrow keys move between siblings of an auto-exclusive set.
        swatch->setAutoExclusive(true);
        swatch->setFocusPolicy(Qt::StrongFocus);
        swatch->setFixedSize(30, 30);
        swatch->setAccessibleName(ColorMark::colorName(color));
        swatch->setToolTip(ColorMark::colorName(color));
        swatch->setProperty("colorId", color.id());
        const bool chosen = color.id() == SwitchRoleRequest().color;
        swatch->setChecked(chosen);
        swatch->setText(chosen ? checkMark : QString());
        swatch->setStyleSheet(
            QStringLiteral("QToolButton { background: %1; color: %2; border: 1px solid #879596;"
                           " border-radius: 15px; font-weight: bold; }"
                           "QToolButton:checked { border: 3px solid %2; }"
                           "QToolButton:focus { border: 2px dashed #0073bb; }"
                           "QToolButton:checked:focus { border: 3px solid #0073bb; }")
                .arg(color.hex(), color.textHex()));
        // The check mark says which is chosen without relying on color alone.
        connect(swatch, &QToolButton::toggled, swatch,
                [swatch](bool on) { swatch->setText(on ? checkMark : QString()); });
        connect(swatch, &QToolButton::toggled, this, &SwitchRoleDialog::formChanged);
        m_colors->addButton(swatch, int(color.name()));
        row->addWidget(swatch);
    }
    row->addStretch(1);
    return box;
}

QWidget* SwitchRoleDialog::createMoreOptions()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("MoreOptions"));
    m_moreOptionsForm = new QFormLayout(panel);
    m_moreOptionsForm->setContentsMargins(16, 0, 0, 0);

    // AWS's Switch Role page has none of these: say so, so training stays honest.
    auto* extension = new QLabel(tr("Switchboard's extension: AWS's Switch Role page has no "
                                    "such options. It always asks for one hour, names the "
                                    "session after you and uses the MFA of your sign-in."),
                                 panel);
    extension->setObjectName(QStringLiteral("ExtensionNote"));
    extension->setProperty("role", QStringLiteral("key"));
    extension->setWordWrap(true);
    m_moreOptionsForm->addRow(extension);

    m_duration->setObjectName(QStringLiteral("DurationBox"));
    m_duration->setSuffix(tr(" minutes"));
    m_duration->setAccessibleName(tr("Session duration in minutes"));
    m_durationRange->setObjectName(QStringLiteral("DurationRange"));
    m_durationRange->setProperty("role", QStringLiteral("key"));
    auto* durationRow = new QWidget(panel);
    auto* durationLayout = new QHBoxLayout(durationRow);
    durationLayout->setContentsMargins(0, 0, 0, 0);
    durationLayout->addWidget(m_duration);
    durationLayout->addWidget(m_durationRange, 1);
    m_moreOptionsForm->addRow(tr("Session &duration"), durationRow);

    m_mfaCode->setPlaceholderText(tr("6-digit code from your MFA device"));
    m_mfaCode->setMaxLength(6);
    m_mfaCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), this));
    m_mfaCode->setAccessibleName(tr("MFA code"));
    m_moreOptionsForm->addRow(tr("&MFA code"), m_mfaCode);

    const QString userName = m_session->userIdentity().user.name;
    m_sessionName->setPlaceholderText(userName.isEmpty() ? tr("Session name") : userName);
    m_sessionName->setMaxLength(64);
    m_sessionName->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[\\w+=,.@-]{0,64}")), this));
    m_sessionName->setAccessibleName(tr("Session name"));
    m_moreOptionsForm->addRow(tr("Session &name"), m_sessionName);
    m_moreOptionsForm->setRowVisible(m_mfaCode, false);
    return panel;
}

QAbstractButton* SwitchRoleDialog::colorSwatch(const QString& colorId) const
{
    const auto color = DisplayColor::parse(colorId);
    return color ? m_colors->button(int(color->name())) : nullptr;
}

bool SwitchRoleDialog::isMfaCodeShown() const
{
    return m_moreOptionsForm->isRowVisible(m_mfaCode);
}

SwitchRoleRequest SwitchRoleDialog::request() const
{
    SwitchRoleRequest r;
    r.account = m_account->text().trimmed();
    r.roleName = m_role->text().trimmed();
    while (r.roleName.startsWith(QLatin1Char('/')))
        r.roleName.remove(0, 1);
    r.displayName = m_displayName->text().trimmed();
    if (const QAbstractButton* checked = m_colors->checkedButton())
        r.color = checked->property("colorId").toString();
    r.durationSeconds = m_duration->value() * 60;
    if (isMfaCodeShown())
        r.tokenCode = m_mfaCode->text();
    r.sessionName = m_sessionName->text().trimmed();
    return r;
}

void SwitchRoleDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    for (QLineEdit* field : {m_account, m_role, m_displayName}) {
        if (field->text().trimmed().isEmpty()) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_switch->setFocus(Qt::OtherFocusReason);
}

void SwitchRoleDialog::setRequest(const SwitchRoleRequest& request)
{
    m_account->setText(request.account);
    m_role->setText(request.roleName);
    m_displayName->setText(request.displayName);
    if (QAbstractButton* swatch = colorSwatch(request.color))
        swatch->setChecked(true);
    m_mfaCode->setText(request.tokenCode);
    m_sessionName->setText(request.sessionName);
    // The role's range first, so that the duration is not clamped to the previous role's.
    updateRoleOptions();
    if (request.durationSeconds)
        m_duration->setValue(*request.durationSeconds / 60);
}

bool SwitchRoleDialog::fillFromLink(const QString& text)
{
    const auto parsed = SwitchLink::parse(text);
    if (!parsed)
        return false;
    // A link names the role and its look; the options stay as they are.
    SwitchRoleRequest filled = request();
    filled.account = parsed->account;
    filled.roleName = parsed->roleName;
    filled.displayName = parsed->displayName;
    filled.color = parsed->color;
    filled.durationSeconds.reset();
    setRequest(filled);
    return true;
}

void SwitchRoleDialog::accountEdited(const QString& text)
{
    // A link pasted into the Account field fills the whole form.
    if (text.trimmed().startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        if (!fillFromLink(text))
            showError(tr("This is not a switch link. A switch link looks like "
                         "https://signin.aws.amazon.com/switchrole?account=…&roleName=…"));
        return;
    }
    fillRoleCompletion();
    formChanged();
}

void SwitchRoleDialog::pasteLink()
{
    if (!fillFromLink(QApplication::clipboard()->text()))
        showError(tr("The clipboard holds no switch link."));
}

void SwitchRoleDialog::fillAccountCompletion()
{
    QStringList names;
    for (const Account& account : m_directory.accounts()) {
        names << account.id;
        if (!account.alias.isEmpty())
            names << account.alias;
    }
    m_accountNames->setStringList(names);
}

void SwitchRoleDialog::fillRoleCompletion()
{
    QStringList names;
    if (const auto account = m_directory.findAccount(m_account->text().trimmed()))
        for (const Role& role : m_directory.roles(account->id))
            names << role.switchRoleName();
    m_roleNames->setStringList(names);
}

std::optional<Role> SwitchRoleDialog::lookUpRole() const
{
    const SwitchRoleRequest r = request();
    const auto account = m_directory.findAccount(r.account);
    if (!account || r.roleName.isEmpty())
        return std::nullopt;
    const auto role = m_directory.role(account->id, r.roleName.section(QLatin1Char('/'), -1));
    if (!role || role->switchRoleName().compare(r.roleName, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return role;
}

void SwitchRoleDialog::formChanged()
{
    updateDisplayNamePlaceholder();
    updateRoleOptions();
    m_preflightTimer.start();
}

void SwitchRoleDialog::updateDisplayNamePlaceholder()
{
    const SwitchRoleRequest r = request();
    const QString proposed = SwitchRoleRequest::defaultDisplayName(r.roleName, r.account);
    m_displayName->setPlaceholderText(proposed.isEmpty() ? tr("Role @ account") : proposed);
}

void SwitchRoleDialog::updateRoleOptions()
{
    const auto role = lookUpRole();
    const QString arn = role ? role->arn().toString() : QString();
    m_moreOptionsForm->setRowVisible(m_mfaCode,
                                     role && TrustConditions::of(role->trustPolicy).requiresMfa);
    if (m_durationRoleArn == arn)
        return;
    m_durationRoleArn = arn;
    // Never beyond what the role allows or what is left of the user's own session.
    const int maximum =
        std::max(minimumDuration, role ? m_session->maxSwitchDuration(*role) : defaultDuration);
    const QSignalBlocker blocker(m_duration);
    m_duration->setRange(minimumDuration / 60, maximum / 60);
    m_duration->setValue(std::min(defaultDuration, maximum) / 60);
    m_durationRange->setText(
        tr("%1 to %2").arg(durationText(minimumDuration), durationText(maximum / 60 * 60)));
}

void SwitchRoleDialog::preflight()
{
    const SwitchRoleRequest r = request();
    if (r.account.isEmpty() || r.roleName.isEmpty()) {
        showError(QString());
        m_switch->setEnabled(false);
        return;
    }
    const Result<Role> checked = m_session->checkSwitchRole(r);
    showError(checked ? QString() : checked.error().toString());
    m_switch->setEnabled(checked.ok() && !m_switching);
}

void SwitchRoleDialog::submit()
{
    if (m_switching)
        return;
    m_preflightTimer.stop();
    m_switching = true;
    m_switch->setEnabled(false);
    QPointer<SwitchRoleDialog> self(this);
    m_session->switchRole(request(), [self](Result<void> result) {
        if (!self)
            return;
        self->m_switching = false;
        if (result) {
            self->accept();
            return;
        }
        self->showError(result.error().toString());
        self->m_switch->setEnabled(true);
    });
}

void SwitchRoleDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    // Grow for the message rather than squeeze the form under it.
    if (const QSize wanted = sizeHint(); height() < wanted.height())
        resize(width(), wanted.height());
}

QString SwitchRoleDialog::errorText() const
{
    return m_error->text();
}

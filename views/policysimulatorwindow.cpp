#include "policysimulatorwindow.h"

#include "console/consolesession.h"
#include "consoletheme.h"
#include "policy/jsonlocator.h"
#include "policy/jsonpath.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {
QString prettyJson(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// The span of Statement[index] (or the lone Statement object) in a JSON text.
std::optional<QPair<qsizetype, qsizetype>> statementSpan(const QString& json, int index)
{
    JsonLocator locator(json);
    auto start = locator.valueAt(JsonPath().member(QStringLiteral("Statement")).element(index));
    if (!start && index == 0)
        start = locator.valueAt(JsonPath().member(QStringLiteral("Statement")));
    if (!start)
        return std::nullopt;
    // Valid JSON: the statement object ends at its matching brace.
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start->offset; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}') && --depth == 0) {
            return QPair<qsizetype, qsizetype>{start->offset, i + 1};
        }
    }
    return std::nullopt;
}

QString decisionText(Decision decision)
{
    switch (decision) {
    case Decision::Allow:
        return PolicySimulatorWindow::tr("allowed");
    case Decision::ExplicitDeny:
        return PolicySimulatorWindow::tr("denied (explicit deny)");
    case Decision::ImplicitDeny:
        return PolicySimulatorWindow::tr("denied (implicit deny)");
    }
    return {};
}

// Who decided, for people: a guardrail of the organization says so and names itself.
QString decidedByText(const EvaluationResult& result)
{
    QStringList deciders;
    for (const MatchedStatement& m : result.matched)
        deciders << m.label();
    const QString statements = deciders.join(QStringLiteral("; "));
    if (result.decidedBy == PolicyType::ServiceControl)
        return deciders.isEmpty()
                   ? PolicySimulatorWindow::tr("service control policies: none allows it")
                   : PolicySimulatorWindow::tr("service control policy %1").arg(statements);
    if (result.decidedBy == PolicyType::ResourceControl)
        return deciders.isEmpty()
                   ? PolicySimulatorWindow::tr("resource control policies: none allows it")
                   : PolicySimulatorWindow::tr("resource control policy %1").arg(statements);
    return deciders.isEmpty() ? PolicySimulatorWindow::tr("no statement allows it") : statements;
}

// The text of the policy a statement came from, among those the simulation evaluated.
QString documentOf(const PolicySet& set, const MatchedStatement& statement)
{
    const auto named = [&](const PolicySet::Named& p) { return p.name == statement.policy; };
    if (statement.type == PolicyType::ServiceControl) {
        for (const QList<PolicySet::Named>& level : set.serviceControlPolicies)
            for (const PolicySet::Named& p : level)
                if (named(p))
                    return p.document;
        return {};
    }
    for (const PolicySet::Named& p : set.identityPolicies)
        if (named(p))
            return p.document;
    if (set.permissionsBoundary && named(*set.permissionsBoundary))
        return set.permissionsBoundary->document;
    return {};
}
} // namespace

PolicySimulatorWindow::PolicySimulatorWindow(ConsoleSession* session,
                                             const ConsoleServices& services, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_services(services)
    , m_principal(new QComboBox(this))
    , m_actions(new QLineEdit(this))
    , m_resource(new QLineEdit(QStringLiteral("*"), this))
    , m_context(new QTableWidget(4, 2, this))
    , m_results(new QTableWidget(0, 3, this))
    , m_error(new QLabel(this))
    , m_policyTitle(new QLabel(this))
    , m_policyText(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("PolicySimulator"));
    setWindowTitle(tr("Policy simulator — Switchboard"));
    resize(1100, 700);

    m_principal->setObjectName(QStringLiteral("SimulatorPrincipal"));
    m_actions->setObjectName(QStringLiteral("SimulatorActions"));
    m_actions->setPlaceholderText(tr("e.g. iam:ListUsers, s3:GetObject"));
    m_resource->setObjectName(QStringLiteral("SimulatorResource"));
    m_context->setHorizontalHeaderLabels({tr("Context key"), tr("Values (comma-separated)")});
    m_context->horizontalHeader()->setStretchLastSection(true);
    m_context->verticalHeader()->setVisible(false);
    m_results->setObjectName(QStringLiteral("SimulatorResults"));
    m_results->setHorizontalHeaderLabels({tr("Action"), tr("Permission"), tr("Decided by")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->setVisible(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_error->setObjectName(QStringLiteral("SignInError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_policyText->setReadOnly(true);
    m_policyText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_policyText->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* runButton = new QPushButton(tr("Run simulation"), this);
    runButton->setObjectName(QStringLiteral("RunSimulation"));
    runButton->setProperty("primary", true);

    auto* form = new QFormLayout;
    form->addRow(tr("Principal"), m_principal);
    form->addRow(tr("Actions"), m_actions);
    form->addRow(tr("Resource"), m_resource);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addWidget(new QLabel(tr("Context keys"), left));
    leftLayout->addWidget(m_context, 1);
    leftLayout->addWidget(runButton);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_results, 1);
    rightLayout->addWidget(m_policyTitle);
    rightLayout->addWidget(m_policyText, 2);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 680});
    m_principal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_principal->setMinimumContentsLength(36);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(runButton, &QPushButton::clicked, this, &PolicySimulatorWindow::run);
    connect(m_actions, &QLineEdit::returnPressed, this, &PolicySimulatorWindow::run);
    connect(m_results, &QTableWidget::currentCellChanged, this,
            [this](int row) { showResult(row); });
    // The window outlives a sign-in: what it offers and showed is the caller's.
    connect(session, &ConsoleSession::activeIdentityChanged, this, [this] {
        fillPrincipals();
        m_outcome.reset();
        m_results->setRowCount(0);
        m_policyTitle->clear();
        m_policyText->clear();
        m_error->hide();
    });
    fillPrincipals();
}

PolicySimulator PolicySimulatorWindow::simulator() const
{
    return PolicySimulator(*m_session, m_services.directory, m_policies, &m_services.clock);
}

void PolicySimulatorWindow::fillPrincipals()
{
    m_principal->clear();
    // Only the principals the caller may list, as the simulator decides.
    const QString own = m_session->identity().arn();
    for (const QString& arn : simulator().principals())
        m_principal->addItem(arn == own ? tr("%1 (you)").arg(arn) : arn, arn);
}

PolicySimulator::Request PolicySimulatorWindow::request() const
{
    PolicySimulator::Request request;
    request.principalArn = m_principal->currentData().toString();
    for (const QString& action :
         m_actions->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        request.actions << action;
    request.resource = m_resource->text().trimmed();
    for (int row = 0; row < m_context->rowCount(); ++row) {
        const QTableWidgetItem* key = m_context->item(row, 0);
        const QTableWidgetItem* values = m_context->item(row, 1);
        if (!key || key->text().trimmed().isEmpty())
            continue;
        QStringList list;
        for (const QString& v : (values ? values->text() : QString()).split(QLatin1Char(',')))
            list << v.trimmed();
        request.context.append({key->text().trimmed(), list});
    }
    return request;
}

QString PolicySimulatorWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PolicySimulatorWindow::policyTitle() const
{
    return m_policyTitle->text();
}

void PolicySimulatorWindow::run()
{
    // As the signed-in identity: iam:SimulatePrincipalPolicy on the principal.
    const PolicySimulator simulator = this->simulator();
    auto outcome = simulator.simulate(request());
    m_results->setRowCount(0);
    m_policyText->clear();
    m_policyTitle->clear();
    if (!outcome) {
        m_outcome.reset();
        m_error->setText(outcome.error().message());
        m_error->show();
        return;
    }
    m_error->hide();
    m_outcome = std::move(outcome).value();
    const auto readable = simulator.authorizeReadingPolicies(request().principalArn);
    m_policiesDenied = readable ? QString() : readable.error().message();
    m_results->setRowCount(int(m_outcome->results.size()));
    for (int row = 0; row < m_outcome->results.size(); ++row) {
        const auto& r = m_outcome->results[row];
        auto* decision = new QTableWidgetItem(decisionText(r.result.decision));
        const ConsoleTheme& theme = ConsoleTheme::current();
        decision->setForeground(r.result.isAllowed() ? theme.success : theme.error);
        decision->setToolTip(r.message);
        m_results->setItem(row, 0, new QTableWidgetItem(r.action));
        m_results->setItem(row, 1, decision);
        m_results->setItem(row, 2, new QTableWidgetItem(decidedByText(r.result)));
    }
    m_results->resizeColumnsToContents();
    if (!m_outcome->results.isEmpty())
        m_results->setCurrentCell(0, 0);
}

void PolicySimulatorWindow::showResult(int row)
{
    m_policyText->setExtraSelections({});
    if (!m_outcome || row < 0 || row >= m_outcome->results.size())
        return;
    const auto& result = m_outcome->results[row];
    if (result.result.matched.isEmpty()) {
        m_policyTitle->setText(result.message);
        m_policyTitle->setWordWrap(true);
        m_policyText->clear();
        return;
    }
    if (!m_policiesDenied.isEmpty()) {
        // The decision is the simulation's; the policy text needs the read permission.
        m_policyTitle->setText(m_policiesDenied);
        m_policyTitle->setWordWrap(true);
        m_policyText->clear();
        return;
    }
    const MatchedStatement& first = result.result.matched.first();
    const QString pretty = prettyJson(documentOf(m_outcome->policies, first));
    m_policyTitle->setText(first.type == PolicyType::ServiceControl
                               ? tr("Service control policy: %1").arg(first.policy)
                               : tr("Policy: %1").arg(first.policy));
    m_policyText->setPlainText(pretty);

    QList<QTextEdit::ExtraSelection> marks;
    for (const MatchedStatement& m : result.result.matched) {
        if (m.policy != first.policy)
            continue;
        const auto span = statementSpan(pretty, m.statementIndex);
        if (!span)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_policyText->document());
        mark.cursor.setPosition(int(span->first));
        mark.cursor.setPosition(int(span->second), QTextCursor::KeepAnchor);
        mark.format.setBackground(result.result.isAllowed()
                                      ? ConsoleTheme::current().successBackground
                                      : ConsoleTheme::current().errorBackground);
        marks << mark;
    }
    m_policyText->setExtraSelections(marks);
    if (!marks.isEmpty())
        m_policyText->setTextCursor(QTextCursor(marks.first().cursor.block()));
}

QString PolicySimulatorWindow::highlightedText() const
{
    const auto marks = m_policyText->extraSelections();
    return marks.isEmpty() ? QString() : marks.first().cursor.selectedText();
}

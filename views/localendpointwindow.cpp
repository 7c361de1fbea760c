#include "localendpointwindow.h"

#include "consoletheme.h"
#include "endpoint/localendpoint.h"
#include "items/requestlogmodel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

LocalEndpointWindow::LocalEndpointWindow(LocalEndpoint* endpoint, RequestLogModel* log,
                                         QWidget* parent)
    : QDialog(parent)
    , m_endpoint(endpoint)
    , m_log(log)
    , m_port(new QSpinBox(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_state(new QLabel(this))
    , m_table(new QTableView(this))
    , m_clear(new QPushButton(tr("C&lear log"), this))
    , m_copy(new QPushButton(tr("&Copy AWS CLI settings"), this))
{
    setWindowTitle(tr("Local endpoint — Switchboard"));
    resize(1040, 520);

    auto* about = new QLabel(
        tr("Serves this directory's STS and IAM APIs to the AWS CLI and SDKs on this computer "
           "only (127.0.0.1, plain HTTP). Each request is signed with the caller's own access "
           "key and decided by that caller's policies, as in AWS, not by who started the "
           "endpoint. It keeps running when this window is closed and stops when the console "
           "quits."),
        this);
    about->setObjectName(QStringLiteral("LocalEndpointAbout"));
    about->setWordWrap(true);

    m_port->setObjectName(QStringLiteral("PortBox"));
    m_port->setRange(0, 65535);
    m_port->setValue(LocalEndpoint::DefaultPort);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setToolTip(tr("0 picks any free port."));
    m_start->setObjectName(QStringLiteral("StartButton"));
    m_stop->setObjectName(QStringLiteral("StopButton"));
    m_state->setObjectName(QStringLiteral("EndpointState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);

    auto* portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    auto* controls = new QHBoxLayout;
    controls->addWidget(portLabel);
    controls->addWidget(m_port);
    controls->addWidget(m_start);
    controls->addWidget(m_stop);
    controls->addWidget(m_state, 1);

    m_table->setObjectName(QStringLiteral("RequestLogTable"));
    m_table->setModel(m_log);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(72); // an empty log still reads as columns
    header->setSectionResizeMode(RequestLogModel::CallerColumn, QHeaderView::Stretch);
    // The newest request stays in view while the log grows.
    connect(m_log, &QAbstractItemModel::rowsInserted, m_table, &QTableView::scrollToBottom);

    m_clear->setObjectName(QStringLiteral("ClearLogButton"));
    m_copy->setObjectName(QStringLiteral("CopyCliSettingsButton"));
    m_copy->setToolTip(tr("The endpoint's address for the AWS CLI and an example command; "
                          "the access keys come from your user's Security credentials tab."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_clear, QDialogButtonBox::ResetRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_start, &QPushButton::clicked, this, &LocalEndpointWindow::start);
    connect(m_stop, &QPushButton::clicked, m_endpoint, &LocalEndpoint::stop);
    connect(m_clear, &QPushButton::clicked, m_log, &RequestLogModel::clear);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(awsCliSettings());
        m_state->setText(m_state->text() + QLatin1Char('\n') +
                         tr("AWS CLI settings copied to the clipboard."));
    });
    connect(m_endpoint, &LocalEndpoint::stateChanged, this, &LocalEndpointWindow::showState);
    showState();
}

QString LocalEndpointWindow::awsCliSettings() const
{
    if (!m_endpoint->isRunning())
        return {};
    const QString url = m_endpoint->url().toString();
    return tr("# Switchboard's local endpoint. Access keys: your user's Security credentials "
              "tab (aws configure).") +
           QLatin1Char('\n') + QStringLiteral("export AWS_ENDPOINT_URL=%1\n").arg(url) +
           QStringLiteral("aws --endpoint-url %1 sts get-caller-identity\n").arg(url);
}

void LocalEndpointWindow::start()
{
    // A failed start is shown by showState(), from the endpoint's error.
    (void)m_endpoint->start(quint16(m_port->value()));
}

void LocalEndpointWindow::showState()
{
    const bool running = m_endpoint->isRunning();
    if (running)
        m_state->setText(tr("Listening on %1").arg(m_endpoint->url().toString()));
    else if (!m_endpoint->error().isEmpty())
        m_state->setText(m_endpoint->error());
    else
        m_state->setText(tr("Stopped"));
    // Red as the console's other errors (FieldError) when the start failed.
    const bool failed = !running && !m_endpoint->error().isEmpty();
    m_state->setStyleSheet(failed ? ConsoleTheme::colorStyle(ConsoleTheme::current().error)
                                  : QString());
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_port->setEnabled(!running);
    m_copy->setEnabled(running);
}

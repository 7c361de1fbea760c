#pragma once

#include <QDialog>

class LocalEndpoint;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class RequestLogModel;

// Tools → Local endpoint: starts and stops the console's local STS and IAM
// endpoint on 127.0.0.1, shows where it listens and every request it
// answered, and copies the settings an AWS CLI needs to use it (never a
// secret). The console owns the endpoint and its log: closing this window
// leaves the endpoint running.
class LocalEndpointWindow : public QDialog
{
    Q_OBJECT

public:
    LocalEndpointWindow(LocalEndpoint* endpoint, RequestLogModel* log, QWidget* parent = nullptr);

    // What "Copy AWS CLI settings" puts on the clipboard; empty while stopped.
    QString awsCliSettings() const;

    QSpinBox* portBox() const { return m_port; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* clearButton() const { return m_clear; }
    QLabel* stateLabel() const { return m_state; }
    QTableView* table() const { return m_table; }

private:
    void start();
    void showState();

    LocalEndpoint* m_endpoint;
    RequestLogModel* m_log;
    QSpinBox* m_port;
    QPushButton* m_start;
    QPushButton* m_stop;
    QLabel* m_state;
    QTableView* m_table;
    QPushButton* m_clear;
    QPushButton* m_copy;
};

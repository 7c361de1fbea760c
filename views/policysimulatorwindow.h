#pragma once

#include "console/consoleservices.h"
#include "console/policysimulator.h"
#include "policy/policycache.h"

#include <QWidget>

class ConsoleSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// The policy simulator, like AWS's: choose a user or role (the signed-in
// user first), actions, a resource and context keys; see allow or deny per
// action, and the statements that decided it highlighted in the policy text.
class PolicySimulatorWindow : public QWidget
{
    Q_OBJECT

public:
    PolicySimulatorWindow(ConsoleSession* session, const ConsoleServices& services,
                          QWidget* parent = nullptr);

    QComboBox* principalBox() const { return m_principal; }
    QLineEdit* actionsEdit() const { return m_actions; }
    QLineEdit* resourceEdit() const { return m_resource; }
    QTableWidget* contextTable() const { return m_context; }
    QTableWidget* resultsTable() const { return m_results; }
    QPlainTextEdit* policyView() const { return m_policyText; }
    // The error (an access denial in AWS's words) of the last run, or "".
    QString errorText() const;
    // The title over the policy text: the policy's name, or why it is not shown.
    QString policyTitle() const;

    // Runs the simulation with what the form holds.
    void run();
    // Shows the policy of a result row with its deciding statements marked.
    void showResult(int row);
    // The text currently marked in the policy view (the deciding statement).
    QString highlightedText() const;

private:
    void fillPrincipals();
    PolicySimulator::Request request() const;
    // As the session's active identity, over the window's compiled policies.
    PolicySimulator simulator() const;

    ConsoleSession* m_session;
    ConsoleServices m_services;
    mutable PolicyCache m_policies;
    QComboBox* m_principal;
    QLineEdit* m_actions;
    QLineEdit* m_resource;
    QTableWidget* m_context;
    QTableWidget* m_results;
    QLabel* m_error;
    QLabel* m_policyTitle;
    QPlainTextEdit* m_policyText;
    std::optional<PolicySimulator::Outcome> m_outcome;
    QString m_policiesDenied; // why the outcome's policy texts may not be shown, or ""
};

#pragma once

#include <QDialog>

class DirectoryAdmin;
class FieldError;
class MessageStrip;
class QComboBox;
class QLabel;
class QPushButton;

// "Move AWS account": an account of the organization, from the parent it is
// in to the root or another OU (organizations:MoveAccount through
// DirectoryAdmin, one undo step). Errors show next to their field with AWS's
// code.
class MoveAccountDialog : public QDialog
{
    Q_OBJECT

public:
    // accountId: the account chosen at first (the first offered when empty).
    MoveAccountDialog(DirectoryAdmin* admin, const QString& accountId, QWidget* parent = nullptr);

    QComboBox* accountBox() const { return m_account; }
    QComboBox* destinationBox() const { return m_destination; }
    // Where the chosen account is now.
    QString sourceParentId() const;
    QPushButton* moveButton() const { return m_move; }
    MessageStrip* messageStrip() const { return m_strip; }
    QString accountError() const;
    QString destinationError() const;

    bool submit();

Q_SIGNALS:
    void accountMoved(const QString& accountId, const QString& destinationParentId);

private:
    void showSource();

    DirectoryAdmin* m_admin;
    MessageStrip* m_strip;
    QComboBox* m_account;
    FieldError* m_accountError;
    QLabel* m_source;
    QComboBox* m_destination;
    FieldError* m_destinationError;
    QPushButton* m_move;
    QStringList m_sourceLabels; // per account row
};

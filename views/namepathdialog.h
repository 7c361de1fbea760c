#pragma once

#include "iam/result.h"

#include <QDialog>

#include <functional>

class FieldError;
class MessageStrip;
class QDialogButtonBox;
class QLineEdit;

// A name and a path, validated as the user types, and one action run on
// OK: what creating or renaming a user or group asks. An error of the name
// (a duplicate, a bad name) or of the path shows under that field; any other
// error in the strip at the top; the dialog stays open until the action
// succeeds.
class NamePathDialog : public QDialog
{
    Q_OBJECT

public:
    using Validator = std::function<Result<void>(const QString&)>;
    using Action = std::function<Result<void>(const QString& name, const QString& path)>;

    // nameParameter: how the service names the field in its errors ("userName").
    NamePathDialog(const QString& title, const QString& okText, const QString& nameLabel,
                   const QString& nameParameter, Validator validateName, QWidget* parent = nullptr);

    void setAction(Action action) { m_action = std::move(action); }
    void setValues(const QString& name, const QString& path);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* pathEdit() const { return m_path; }
    FieldError* nameError() const { return m_nameError; }
    FieldError* pathError() const { return m_pathError; }
    MessageStrip* messageStrip() const { return m_strip; }
    QDialogButtonBox* buttons() const { return m_buttons; }

Q_SIGNALS:
    void succeeded(const QString& name, const QString& path);

private:
    void validate();
    void run();

    Validator m_validateName;
    Action m_action;
    MessageStrip* m_strip;
    QLineEdit* m_name;
    FieldError* m_nameError;
    QLineEdit* m_path;
    FieldError* m_pathError;
    QDialogButtonBox* m_buttons;
};

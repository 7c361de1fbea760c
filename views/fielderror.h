#pragma once

#include <QLabel>

// The error under one form field (a name, a policy editor, a list), in the
// console's error red; hidden while there is none.
class FieldError : public QLabel
{
    Q_OBJECT

public:
    explicit FieldError(QWidget* parent = nullptr);

    // field with its error underneath, as one form row.
    static QWidget* stack(QWidget* field, FieldError* error);

    void setError(const QString& message);
    // Empty while hidden.
    QString error() const;
};

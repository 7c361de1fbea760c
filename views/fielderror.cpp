#include "fielderror.h"

#include "consoletheme.h"

#include <QVBoxLayout>

FieldError::FieldError(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(ConsoleTheme::colorStyle(ConsoleTheme::current().error));
    hide();
}

void FieldError::setError(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QString FieldError::error() const
{
    return isHidden() ? QString() : text();
}

QWidget* FieldError::stack(QWidget* field, FieldError* error)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

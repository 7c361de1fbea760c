#include "boundarycombobox.h"

BoundaryComboBox::BoundaryComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("BoundaryComboBox"));
    addItem(tr("No permissions boundary"), QString());
}

void BoundaryComboBox::setPolicies(const QList<ManagedPolicy>& policies)
{
    const QString current = policyArn();
    clear();
    addItem(tr("No permissions boundary"), QString());
    for (const ManagedPolicy& policy : policies)
        addItem(policy.isAwsManaged() ? tr("%1 (AWS managed)").arg(policy.name) : policy.name,
                policy.arn);
    setPolicyArn(current);
}

QString BoundaryComboBox::policyArn() const
{
    return currentData().toString();
}

void BoundaryComboBox::setPolicyArn(const QString& arn)
{
    int index = findData(arn);
    if (index < 0) {
        addItem(arn, arn);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

#pragma once

#include "iam/managedpolicy.h"

#include <QComboBox>

// Chooses a permissions boundary among managed policies, or none.
class BoundaryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit BoundaryComboBox(QWidget* parent = nullptr);

    void setPolicies(const QList<ManagedPolicy>& policies);
    // Empty for no boundary.
    QString policyArn() const;
    // An ARN not among the policies is listed on its own, so it stays visible.
    void setPolicyArn(const QString& arn);
};

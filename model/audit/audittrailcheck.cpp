#include "audit/audittrailcheck.h"

bool AuditTrailCheck::isTampered() const
{
    switch (state) {
    case State::ChainBroken:
    case State::Truncated:
    case State::Emptied:
    case State::Rewritten:
    case State::CheckpointInvalid:
        return true;
    case State::Intact:
    case State::Unsealed:
    case State::HeadBehind:
    case State::Unavailable:
        return false;
    }
    return true;
}

QString AuditTrailCheck::stateName() const
{
    switch (state) {
    case State::Intact:
        return QStringLiteral("intact");
    case State::Unsealed:
        return QStringLiteral("unsealed");
    case State::HeadBehind:
        return QStringLiteral("head-behind");
    case State::ChainBroken:
        return QStringLiteral("chain-broken");
    case State::Truncated:
        return QStringLiteral("truncated");
    case State::Emptied:
        return QStringLiteral("emptied");
    case State::Rewritten:
        return QStringLiteral("rewritten");
    case State::CheckpointInvalid:
        return QStringLiteral("checkpoint-invalid");
    case State::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

QString AuditTrailCheck::message() const
{
    switch (state) {
    case State::Intact:
        // English has no translation file for plurals: spell both forms.
        return events == 1 ? tr("The audit trail of 1 event is intact.")
                           : tr("The audit trail of %1 events is intact.").arg(events);
    case State::Unsealed:
        return tr("The audit trail of %1 events had no head kept in the secret store yet; it is "
                  "kept from now on.")
            .arg(events);
    case State::HeadBehind:
        return tr("The audit trail of %1 events is intact; its head in the secret store was "
                  "behind at event %2 (the program stopped before writing it) and has caught up.")
            .arg(events)
            .arg(vouched);
    case State::ChainBroken:
        return tr("The audit trail does not verify from event %1 on: that event was altered, "
                  "or one before it was inserted or deleted.")
            .arg(position);
    case State::Truncated:
        return tr("The audit trail was truncated: it has %1 events, but %2 were recorded. The "
                  "newest %3 events were deleted.")
            .arg(events)
            .arg(vouched)
            .arg(vouched - events);
    case State::Emptied:
        return tr("The audit trail was emptied: it has no events, but %1 were recorded.")
            .arg(vouched);
    case State::Rewritten:
        return tr("The audit trail was rewritten: event %1 is not the event that was recorded "
                  "there.")
            .arg(vouched);
    case State::CheckpointInvalid:
        return tr("Checkpoint %1 does not verify: its signature or its link to the checkpoint "
                  "before it was altered, or it was not signed for this directory.")
            .arg(position);
    case State::Unavailable:
        return tr("The audit trail's head could not be checked: %1").arg(error);
    }
    return {};
}

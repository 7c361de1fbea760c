#include "sessiondurationedit.h"

#include "iam/quotas.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

namespace {
constexpr int hourSeconds = 3600;
constexpr int presetHours[] = {1, 2, 4, 8, 12};
// Custom entries may be anything a person types; the range rule answers.
constexpr int customMax = 999999;
} // namespace

SessionDurationEdit::SessionDurationEdit(QWidget* parent)
    : QWidget(parent)
    , m_presets(new QComboBox(this))
    , m_custom(new QSpinBox(this))
{
    m_presets->setObjectName(QStringLiteral("SessionDurationPreset"));
    m_custom->setObjectName(QStringLiteral("SessionDurationSeconds"));
    for (int hours : presetHours)
        m_presets->addItem(tr("%n hour(s)", nullptr, hours), hours * hourSeconds);
    m_presets->addItem(tr("Custom duration"), 0);
    m_custom->setRange(0, customMax);
    m_custom->setSuffix(tr(" seconds"));
    m_custom->setValue(Quotas::RoleMaxSessionDurationDefault);
    m_custom->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_presets);
    layout->addWidget(m_custom);
    layout->addStretch(1);
    connect(m_presets, &QComboBox::currentIndexChanged, this, &SessionDurationEdit::presetChosen);
    connect(m_custom, &QSpinBox::valueChanged, this, &SessionDurationEdit::changed);
}

int SessionDurationEdit::seconds() const
{
    const int preset = m_presets->currentData().toInt();
    return preset > 0 ? preset : m_custom->value();
}

void SessionDurationEdit::setSeconds(int seconds)
{
    const int index = m_presets->findData(seconds);
    if (index >= 0 && seconds > 0) {
        m_presets->setCurrentIndex(index);
        return;
    }
    m_presets->setCurrentIndex(m_presets->count() - 1);
    m_custom->setValue(seconds);
}

void SessionDurationEdit::presetChosen()
{
    const bool custom = m_presets->currentData().toInt() == 0;
    if (custom && m_custom->isHidden())
        m_custom->setValue(Quotas::RoleMaxSessionDurationDefault);
    m_custom->setVisible(custom);
    Q_EMIT changed();
}

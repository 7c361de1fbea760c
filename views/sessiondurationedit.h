#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

// A role's maximum session duration as the console asks for it: 1, 2, 4, 8
// or 12 hours, or a custom number of seconds. Out-of-range values are not
// clamped here: the service's rule refuses them, next to this field.
class SessionDurationEdit : public QWidget
{
    Q_OBJECT

public:
    explicit SessionDurationEdit(QWidget* parent = nullptr);

    int seconds() const;
    // A preset when seconds is one, otherwise the custom field.
    void setSeconds(int seconds);

    QComboBox* presetBox() const { return m_presets; }
    QSpinBox* customSecondsBox() const { return m_custom; }

Q_SIGNALS:
    void changed();

private:
    void presetChosen();

    QComboBox* m_presets;
    QSpinBox* m_custom;
};

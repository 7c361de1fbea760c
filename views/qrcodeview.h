#pragma once

#include <QByteArrayView>
#include <QVector>
#include <QWidget>

// A QR code of a text (libqrencode, error correction level M), painted as
// crisp dark squares on white with a quiet zone of 4 modules, scaled to the
// widget in whole pixels per module. The text may be a secret (an otpauth
// URI): the widget keeps only the module matrix, never the text.
class QrCodeView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int QuietZone = 4;

    explicit QrCodeView(QWidget* parent = nullptr);

    // Empty text clears the code. False when the text cannot be encoded.
    // A view, so a secret can be encoded straight from its wiping buffer.
    bool setText(QByteArrayView text);
    void clear();

    // Modules per side, without the quiet zone (0 when empty).
    int moduleCount() const { return m_size; }
    bool isDark(int x, int y) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_size = 0;
    QVector<bool> m_modules; // row-major, m_size * m_size
};

#include "qrcodeview.h"

#include <QPaintEvent>
#include <QPainter>

#include <qrencode.h>

#include <memory>

QrCodeView::QrCodeView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("QR code"));
}

bool QrCodeView::setText(QByteArrayView text)
{
    clear();
    if (text.isEmpty())
        return true;
    // QRcode_encodeData takes bytes (8-bit mode), so the text is not re-parsed.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()),
                          reinterpret_cast<const unsigned char*>(text.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return false;
    m_size = code->width;
    m_modules.resize(qsizetype(m_size) * m_size);
    // libqrencode: bit 0 of each byte is the module's colour (1 = dark).
    for (qsizetype i = 0; i < m_modules.size(); ++i)
        m_modules[i] = code->data[i] & 1;
    updateGeometry();
    update();
    return true;
}

void QrCodeView::clear()
{
    // Overwrites the matrix: it encodes the text, which may be a secret.
    m_modules.fill(false);
    m_modules.clear();
    m_size = 0;
    update();
}

bool QrCodeView::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[qsizetype(y) * m_size + x];
}

QSize QrCodeView::sizeHint() const
{
    const int side = (m_size + 2 * QuietZone) * 4;
    return {side, side};
}

QSize QrCodeView::minimumSizeHint() const
{
    const int side = m_size + 2 * QuietZone;
    return {side, side};
}

void QrCodeView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_size == 0)
        return;
    const int total = m_size + 2 * QuietZone;
    // Whole pixels per module keep the edges sharp for a camera.
    const int scale = std::max(1, std::min(width(), height()) / total);
    const int offsetX = (width() - total * scale) / 2 + QuietZone * scale;
    const int offsetY = (height() - total * scale) / 2 + QuietZone * scale;
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (isDark(x, y))
                painter.fillRect(offsetX + x * scale, offsetY + y * scale, scale, scale, Qt::black);
}

// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphtheme.h"

#include <algorithm>
#include <cmath>

namespace Conductor {

namespace {

constexpr double kTextContrast = 4.5;    // WCAG AA for normal text
constexpr double kGraphicContrast = 3.2; // WCAG's 3:1 for graphics, with some room

struct Tone
{
    const char16_t *key;
    int hue; // -1: grey
    double saturation;
};

// Hues a person reads without a legend: blue runs, amber waits on something, green is
// done, red failed; grey has not started or was skipped; purple ran out of time.
constexpr Tone kTones[] = {
    {u"waiting", -1, 0.0},       {u"running", 212, 0.75},  {u"retry_waiting", 32, 0.85},
    {u"completed", 130, 0.55},   {u"failed", 358, 0.70},   {u"skipped", -1, 0.0},
    {u"gate_pending", 44, 0.90}, {u"approved", 160, 0.55}, {u"rejected", 350, 0.70},
    {u"expired", 280, 0.50},     {u"passed", 145, 0.60},   {u"in_progress", 200, 0.55},
    {u"blocked", 5, 0.75},
};

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor hsl(int hue, double saturation, double lightness)
{
    return QColor::fromHslF(hue < 0 ? -1.0f : static_cast<float>(hue) / 360.0f,
                            static_cast<float>(saturation),
                            static_cast<float>(std::clamp(lightness, 0.0, 1.0)))
        .toRgb();
}

// Moves a colour's lightness away from the background until it stands out enough.
QColor standOut(int hue, double saturation, double lightness, const QColor &against, bool dark,
                double ratio)
{
    QColor c = hsl(hue, saturation, lightness);
    for (int i = 0; i < 40 && GraphTheme::contrast(c, against) < ratio; ++i) {
        lightness += dark ? 0.025 : -0.025;
        c = hsl(hue, saturation, lightness);
    }
    return c;
}

// The palette's text colour if it reads well on the fill, else black or white.
QColor readableOn(const QColor &fill, const QColor &preferred)
{
    if (GraphTheme::contrast(preferred, fill) >= kTextContrast) {
        return preferred;
    }
    const QColor black(0x1a, 0x1a, 0x1a);
    const QColor white(0xf5, 0xf5, 0xf5);
    return GraphTheme::contrast(black, fill) >= GraphTheme::contrast(white, fill) ? black : white;
}

} // namespace

GraphTheme::GraphTheme(const QPalette &palette, const QFont &font)
    : m_dark(palette.color(QPalette::Window).lightness() < 128)
    , m_font(font)
    , m_titleFont(font)
    , m_background(palette.color(QPalette::Base))
{
    m_titleFont.setBold(true);
    const QColor text = palette.color(QPalette::Text);
    m_edge = readableOn(m_background, mix(m_background, text, 0.55));
    if (contrast(m_edge, m_background) < kGraphicContrast) {
        m_edge = mix(m_background, text, 0.7);
    }
    m_activeEdge = mix(m_background, text, 0.85);
    m_frame = mix(m_background, text, 0.45);
    m_frameFill = mix(m_background, text, m_dark ? 0.06 : 0.035);
    m_frameText = readableOn(m_frameFill, text);
    m_selection = palette.color(QPalette::Highlight);
    if (contrast(m_selection, m_background) < kGraphicContrast) {
        m_selection = m_dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1c, 0x5f, 0xb8);
    }

    for (const Tone &tone : kTones) {
        const bool grey = tone.hue < 0;
        const bool skipped = QStringView(tone.key) == u"skipped";
        StatusColors c;
        if (m_dark) {
            c.fill = grey ? mix(m_background, text, skipped ? 0.05 : 0.12)
                          : hsl(tone.hue, tone.saturation * 0.55, 0.22);
            c.border = standOut(tone.hue, tone.saturation, grey ? 0.62 : 0.64, c.fill, true,
                                kGraphicContrast);
        } else {
            c.fill = grey ? mix(m_background, text, skipped ? 0.03 : 0.07)
                          : hsl(tone.hue, tone.saturation, 0.91);
            c.border = standOut(tone.hue, tone.saturation * 0.9, grey ? 0.45 : 0.36, c.fill, false,
                                kGraphicContrast);
        }
        c.text = readableOn(c.fill, text);
        m_status.insert(QString::fromUtf16(tone.key), c);
    }
}

StatusColors GraphTheme::colors(const QString &statusKey) const
{
    const auto it = m_status.constFind(statusKey);
    return it != m_status.cend() ? *it : m_status.value(QStringLiteral("waiting"));
}

double GraphTheme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Conductor

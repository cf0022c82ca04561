// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertcondition.h"

#include "duration.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::AlertCondition)
};

struct MetricInfo
{
    const char16_t *name;
    AlertCondition::Quantity quantity;
    const char16_t *references; // comma-separated
};

constexpr std::array kMetrics{
    MetricInfo{u"error_rate", AlertCondition::Quantity::Ratio, u""},
    MetricInfo{u"success_rate", AlertCondition::Quantity::Ratio, u""},
    MetricInfo{u"gate_first_approval_rate", AlertCondition::Quantity::Ratio, u""},
    MetricInfo{u"error_recovery_rate", AlertCondition::Quantity::Ratio, u""},
    MetricInfo{u"daily_cost", AlertCondition::Quantity::Usd, u"budget,alert_threshold"},
    MetricInfo{u"execution_cost", AlertCondition::Quantity::Usd, u"budget"},
    MetricInfo{u"daily_tokens", AlertCondition::Quantity::Tokens, u"budget"},
    MetricInfo{u"execution_tokens", AlertCondition::Quantity::Tokens, u"budget"},
    MetricInfo{u"execution_time", AlertCondition::Quantity::Seconds, u""},
    MetricInfo{u"average_execution_time", AlertCondition::Quantity::Seconds, u""},
    MetricInfo{u"agent_down_count", AlertCondition::Quantity::Count, u""},
    MetricInfo{u"pending_gates", AlertCondition::Quantity::Count, u""},
    MetricInfo{u"queued_pipelines", AlertCondition::Quantity::Count, u""},
    MetricInfo{u"engine_loop_latency_ms", AlertCondition::Quantity::Milliseconds, u""},
};

const MetricInfo *findMetric(QStringView name)
{
    for (const MetricInfo &m : kMetrics) {
        if (name == QStringView(m.name)) {
            return &m;
        }
    }
    return nullptr;
}

// A small cursor over the condition text.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    {}
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace()) {
            ++m_pos;
        }
    }
    [[nodiscard]] bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    [[nodiscard]] qsizetype pos() const { return m_pos; }
    QStringView identifier()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() &&
               (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_') &&
               m_text.at(m_pos).unicode() < 128) {
            ++m_pos;
        }
        return m_text.sliced(start, m_pos - start);
    }
    QStringView number()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == u'.') &&
               m_text.at(m_pos).unicode() < 128) {
            ++m_pos;
        }
        return m_text.sliced(start, m_pos - start);
    }
    QStringView unit()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isLetter() || m_text.at(m_pos) == u'%') &&
               m_text.at(m_pos).unicode() < 128) {
            ++m_pos;
        }
        return m_text.sliced(start, m_pos - start);
    }
    bool take(QStringView token)
    {
        skipSpace();
        if (m_text.sliced(m_pos).startsWith(token)) {
            m_pos += token.size();
            return true;
        }
        return false;
    }
    [[nodiscard]] bool peekDigit()
    {
        skipSpace();
        return m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == u'.');
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

AlertConditionParse failure(const QString &error, qsizetype offset)
{
    return AlertConditionParse{std::nullopt, error, static_cast<int>(offset)};
}

} // namespace

AlertCondition::Quantity AlertCondition::quantityOf(QStringView metric)
{
    const MetricInfo *info = findMetric(metric);
    return info ? info->quantity : Quantity::Count;
}

QStringList AlertCondition::metrics()
{
    QStringList names;
    for (const MetricInfo &m : kMetrics) {
        names.append(QString::fromUtf16(m.name));
    }
    return names;
}

QStringList AlertCondition::referencesFor(QStringView metric)
{
    const MetricInfo *info = findMetric(metric);
    if (!info || QStringView(info->references).isEmpty()) {
        return {};
    }
    return QString::fromUtf16(info->references).split(u',');
}

bool AlertCondition::holds(double value, double referenceValue) const
{
    const double bound = reference.isEmpty() ? threshold : threshold * referenceValue;
    switch (comparison) {
    case Comparison::Greater:
        return value > bound;
    case Comparison::GreaterOrEqual:
        return value >= bound;
    case Comparison::Less:
        return value < bound;
    case Comparison::LessOrEqual:
        return value <= bound;
    case Comparison::Equal:
        return value == bound;
    case Comparison::NotEqual:
        return value != bound;
    }
    return false;
}

AlertConditionParse parseAlertCondition(QStringView text)
{
    Scanner s(text);
    AlertCondition condition;
    condition.text = text.toString();

    s.skipSpace();
    const qsizetype metricAt = s.pos();
    const QStringView metric = s.identifier();
    if (metric.isEmpty()) {
        return failure(Text::tr("expected a metric name such as error_rate"), metricAt);
    }
    const MetricInfo *info = findMetric(metric);
    if (!info) {
        return failure(
            Text::tr("unknown metric '%1'; known metrics: %2")
                .arg(metric.toString(), AlertCondition::metrics().join(QStringLiteral(", "))),
            metricAt);
    }
    condition.metric = metric.toString();

    s.skipSpace();
    const qsizetype comparisonAt = s.pos();
    static const std::array<std::pair<QStringView, AlertCondition::Comparison>, 6> comparisons{{
        {u">=", AlertCondition::Comparison::GreaterOrEqual},
        {u"<=", AlertCondition::Comparison::LessOrEqual},
        {u"==", AlertCondition::Comparison::Equal},
        {u"!=", AlertCondition::Comparison::NotEqual},
        {u">", AlertCondition::Comparison::Greater},
        {u"<", AlertCondition::Comparison::Less},
    }};
    bool found = false;
    for (const auto &[token, comparison] : comparisons) {
        if (s.take(token)) {
            condition.comparison = comparison;
            found = true;
            break;
        }
    }
    if (!found) {
        return failure(Text::tr("expected a comparison (>, >=, <, <=, == or !=) after '%1'")
                           .arg(metric.toString()),
                       comparisonAt);
    }

    s.skipSpace();
    const qsizetype operandAt = s.pos();
    if (s.peekDigit()) {
        const QStringView number = s.number();
        bool ok = false;
        double value = number.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            return failure(Text::tr("'%1' is not a number").arg(number.toString()), operandAt);
        }
        const qsizetype unitAt = s.pos();
        const QStringView unit = s.unit();
        switch (info->quantity) {
        case AlertCondition::Quantity::Ratio:
            if (unit == u"%") {
                value /= 100.0;
            } else if (!unit.isEmpty()) {
                return failure(
                    Text::tr(
                        "%1 is a rate: write a percentage such as 5% or a fraction such as 0.05")
                        .arg(metric.toString()),
                    unitAt);
            } else if (value > 1.0) {
                return failure(Text::tr("%1 is a rate between 0 and 1; did you mean %2%?")
                                   .arg(metric.toString(), number.toString()),
                               operandAt);
            }
            break;
        case AlertCondition::Quantity::Seconds: {
            const DurationParse duration =
                parseDuration(text.sliced(operandAt, s.pos() - operandAt));
            if (!duration.value) {
                return failure(Text::tr("%1 is a time: %2").arg(metric.toString(), duration.error),
                               operandAt);
            }
            value = static_cast<double>(duration.value->count()) / 1000.0;
            break;
        }
        case AlertCondition::Quantity::Milliseconds:
            if (!unit.isEmpty() && unit != u"ms") {
                return failure(
                    Text::tr("%1 is in milliseconds: write a number such as 500 or 500ms")
                        .arg(metric.toString()),
                    unitAt);
            }
            break;
        case AlertCondition::Quantity::Usd:
        case AlertCondition::Quantity::Tokens:
        case AlertCondition::Quantity::Count:
            if (!unit.isEmpty()) {
                return failure(Text::tr("%1 takes a plain number, not '%2'")
                                   .arg(metric.toString(), unit.toString()),
                               unitAt);
            }
            break;
        }
        condition.threshold = value;
    } else {
        const QStringView reference = s.identifier();
        const QStringList allowed = AlertCondition::referencesFor(metric);
        if (reference.isEmpty() || !allowed.contains(reference.toString())) {
            return failure(allowed.isEmpty()
                               ? Text::tr("expected a number after the comparison")
                               : Text::tr("expected a number or one of %1 after the comparison")
                                     .arg(allowed.join(QStringLiteral(", "))),
                           operandAt);
        }
        condition.reference = reference.toString();
        condition.threshold = 1.0;
        if (s.take(u"*")) {
            s.skipSpace();
            const qsizetype factorAt = s.pos();
            bool ok = false;
            const double factor = s.number().toDouble(&ok);
            if (!ok || !std::isfinite(factor) || factor < 0.0) {
                return failure(Text::tr("expected a factor such as 0.8 after '*'"), factorAt);
            }
            condition.threshold = factor;
        }
    }
    if (!s.atEnd()) {
        return failure(Text::tr("unexpected '%1' at the end of the condition")
                           .arg(text.sliced(s.pos()).toString()),
                       s.pos());
    }
    return AlertConditionParse{condition, {}, 0};
}

} // namespace Conductor

// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "configform.h"

#include "config/configuration.h"
#include "config/yamlvalueedit.h"
#include "uistyle.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStyle>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Conductor {

namespace {

const char *const kPath = "configPath";
const char *const kShown = "configShown";
const char *const kPresent = "configPresent";
const char *const kDefault = "configDefault";

const QString kRequired = QStringLiteral("gates.required");
const QString kOptional = QStringLiteral("gates.optional");
const QString kTimeZone = QStringLiteral("budgets.timeZone");

const QString kWhole = QStringLiteral("^[0-9]{1,13}$");
const QString kMinutes = QStringLiteral("^[0-9]{1,5}$");
const QString kDollars = QStringLiteral("^[0-9]{1,12}(\\.[0-9]{1,6})?$");
const QString kDuration = QStringLiteral("^[0-9]{1,9}(ms|s|m|h|d)$");

QAction *problemAction(QLineEdit *edit)
{
    return edit->findChild<QAction *>(QStringLiteral("problem"));
}

} // namespace

ConfigForm::ConfigForm(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget(this))
    , m_gateBox(new QGroupBox(tr("Gates"), m_content))
    , m_gateGrid(new QGridLayout(m_gateBox))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("configForm"));
    m_notice->setObjectName(QStringLiteral("formNotice"));
    m_notice->setWordWrap(true);
    auto *hint = new QLabel(tr("A change here edits its value in the text; comments and "
                               "layout stay as they are. Leave a field empty for its default."),
                            this);
    hint->setWordWrap(true);

    // The fields edit the YAML text's values, so they show them as the YAML has them:
    // deliberately "1000000" and "500.00", not in the locale's form.
    const Budgets budgets;
    auto *tokens = new QGroupBox(tr("Tokens"), m_content);
    auto *tokensForm = new QFormLayout(tokens);
    addField(tokensForm, QStringLiteral("budgets.tokens.daily"), tr("Daily"),
             QString::number(budgets.tokens.daily), kWhole);
    addField(tokensForm, QStringLiteral("budgets.tokens.perPipeline"), tr("Per pipeline"),
             QString::number(budgets.tokens.perPipeline), kWhole);
    addField(tokensForm, QStringLiteral("budgets.tokens.emergency"), tr("Emergency reserve"),
             QString::number(budgets.tokens.emergency), kWhole);

    auto *time = new QGroupBox(tr("Time limits (minutes)"), m_content);
    auto *timeForm = new QFormLayout(time);
    addField(timeForm, QStringLiteral("budgets.time.maxPipelineMinutes"), tr("Per pipeline"),
             QString::number(budgets.time.maxPipelineMinutes), kMinutes);
    addField(timeForm, QStringLiteral("budgets.time.maxAgentMinutes"), tr("Per agent"),
             QString::number(budgets.time.maxAgentMinutes), kMinutes);

    auto *cost = new QGroupBox(tr("Cost (US dollars)"), m_content);
    auto *costForm = new QFormLayout(cost);
    addField(costForm, QStringLiteral("budgets.cost.dailyBudgetUSD"), tr("Daily budget"),
             budgets.cost.dailyBudget.toString(), kDollars);
    addField(costForm, QStringLiteral("budgets.cost.alertThresholdUSD"), tr("Alert threshold"),
             budgets.cost.alertThreshold.toString(), kDollars);

    auto *day = new QGroupBox(tr("Budget day"), m_content);
    auto *dayForm = new QFormLayout(day);
    QLineEdit *zone =
        addField(dayForm, kTimeZone, tr("Time zone"), tr("the system's zone"), QString());
    zone->setToolTip(tr("A budget day ends at midnight in this zone (an IANA name such as "
                        "Europe/Berlin); everyone sharing a database should use the same one."));
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        zones.append(QString::fromUtf8(id));
    }
    auto *completer = new QCompleter(zones, zone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    zone->setCompleter(completer);

    m_gateGrid->setColumnStretch(0, 1);
    // One label column for the four groups, so that their fields line up.
    int labelWidth = 0;
    for (QFormLayout *form : {tokensForm, timeForm, costForm, dayForm}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole)) {
                labelWidth = std::max(labelWidth, item->sizeHint().width());
            }
        }
    }
    for (QFormLayout *form : {tokensForm, timeForm, costForm, dayForm}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole)) {
                item->widget()->setMinimumWidth(labelWidth);
            }
        }
    }

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(tokens);
    left->addWidget(time);
    left->addWidget(cost);
    left->addWidget(day);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_gateBox);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    m_content->setLayout(columns);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_notice);
    layout->addWidget(scroll, 1);
    m_notice->hide();

    rebuildGates({});
}

QString ConfigForm::timeoutPath(const QString &gate)
{
    return QStringLiteral("gates.definitions.") + gate + QStringLiteral(".timeout");
}

QLineEdit *ConfigForm::field(const QString &path) const
{
    return m_fields.value(path);
}

QComboBox *ConfigForm::gateList(const QString &gate) const
{
    return m_gateLists.value(gate);
}

QLineEdit *ConfigForm::addField(QFormLayout *layout, const QString &path, const QString &label,
                                const QString &defaultText, const QString &pattern)
{
    QLineEdit *edit = newField(layout->parentWidget(), path, label, defaultText, pattern);
    layout->addRow(label, edit);
    return edit;
}

QLineEdit *ConfigForm::newField(QWidget *parent, const QString &path, const QString &label,
                                const QString &defaultText, const QString &pattern)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(path);
    edit->setProperty(kPath, path);
    edit->setProperty(kDefault, defaultText);
    edit->setAccessibleName(label);
    edit->setToolTip(path);
    if (!pattern.isEmpty()) {
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    }
    // Shown (added to the field) only while the field's line has a problem.
    auto *problem =
        new QAction(style()->standardIcon(QStyle::SP_MessageBoxCritical), QString(), edit);
    problem->setObjectName(QStringLiteral("problem"));
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] { commit(edit); });
    m_fields.insert(path, edit);
    return edit;
}

void ConfigForm::showDocument(const QByteArray &text, const Diagnostics &problems)
{
    const YamlValueEdit doc(text);
    m_content->setEnabled(doc.isParsed());
    if (!doc.isParsed()) {
        const QString why =
            doc.diagnostics().isEmpty() ? QString() : doc.diagnostics().constFirst().toString();
        UiStyle::showMessage(
            m_notice, tr("The text cannot be read, so the form cannot show it: %1").arg(why), true);
        return;
    }
    m_notice->hide();

    // The gates: the built-in ones, those the text defines, and any other it lists.
    QStringList gates;
    for (const GateDefinition &g : builtInGates()) {
        gates.append(g.type);
    }
    QStringList named = doc.keys(u"gates.definitions").value_or(QStringList());
    named += doc.items(kRequired).value_or(QStringList());
    named += doc.items(kOptional).value_or(QStringList());
    for (const QString &name : std::as_const(named)) {
        if (!name.isEmpty() && !gates.contains(name)) {
            gates.append(name);
        }
    }
    if (gates != m_gates) {
        rebuildGates(gates);
    }
    for (QLineEdit *edit : std::as_const(m_fields)) {
        showField(edit, doc, problems);
    }
    showGates(doc);
}

void ConfigForm::showField(QLineEdit *edit, const YamlValueEdit &doc, const Diagnostics &problems)
{
    if (edit->hasFocus() && edit->isModified()) {
        return; // a person is typing in it
    }
    const QString path = edit->property(kPath).toString();
    const YamlSpanResult found = doc.find(path);
    const bool present = found.ok();
    const QString value = present ? found.span->value : QString();
    edit->setProperty(kPresent, present);
    edit->setProperty(kShown, value);
    if (edit->text() != value) {
        edit->setText(value);
    }
    edit->setModified(false);
    const QString fallback = edit->property(kDefault).toString();
    edit->setPlaceholderText(tr("%1 (default)").arg(fallback));
    QStringList messages;
    for (const Diagnostic &d : problems) {
        if (present && d.line == found.span->line) {
            messages.append(d.message);
        }
    }
    QAction *problem = problemAction(edit);
    problem->setToolTip(messages.join(u'\n'));
    if (messages.isEmpty()) {
        edit->removeAction(problem);
    } else if (!edit->actions().contains(problem)) {
        edit->addAction(problem, QLineEdit::TrailingPosition);
    }
    edit->setToolTip(messages.isEmpty() ? path : path + u'\n' + messages.join(u'\n'));
}

void ConfigForm::commit(QLineEdit *edit)
{
    const QString path = edit->property(kPath).toString();
    const QString value = edit->text().trimmed();
    const bool present = edit->property(kPresent).toBool();
    edit->setModified(false);
    if (present && value == edit->property(kShown).toString()) {
        return;
    }
    if (value.isEmpty()) {
        if (present) {
            Q_EMIT valueCleared(path);
        }
        return;
    }
    Q_EMIT valueEdited(path, value, path == kTimeZone);
}

void ConfigForm::rebuildGates(const QStringList &gates)
{
    for (const QString &gate : std::as_const(m_gates)) {
        m_fields.remove(timeoutPath(gate));
    }
    m_gateLists.clear();
    while (QLayoutItem *item = m_gateGrid->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->blockSignals(true); // a field losing the focus as it goes asks nothing
            delete widget;
        }
        delete item;
    }
    m_gates = gates;
    auto *head = new QLabel(tr("Gate"), m_gateBox);
    auto *opens = new QLabel(tr("Opens"), m_gateBox);
    auto *timeout = new QLabel(tr("Timeout"), m_gateBox);
    for (QLabel *label : {head, opens, timeout}) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    m_gateGrid->addWidget(head, 0, 0);
    m_gateGrid->addWidget(opens, 0, 1);
    m_gateGrid->addWidget(timeout, 0, 2);
    const QList<GateDefinition> builtIn = builtInGates();
    int row = 1;
    for (const QString &gate : gates) {
        const GateDefinition *known = nullptr;
        for (const GateDefinition &g : builtIn) {
            known = g.type == gate ? &g : known;
        }
        auto *name = new QLabel(gate, m_gateBox);
        name->setToolTip(known ? known->description : QString());
        auto *list = new QComboBox(m_gateBox);
        list->setObjectName(QStringLiteral("gateList_") + gate);
        list->setAccessibleName(tr("When gate %1 opens").arg(gate));
        if (gate == budgetGateType()) {
            list->addItem(tr("When a budget runs out"), QString());
            list->setEnabled(false);
            list->setToolTip(tr("The engine opens this gate itself; it is never listed."));
        } else {
            list->addItem(tr("Required"), kRequired);
            list->addItem(tr("Optional"), kOptional);
            list->addItem(tr("Not used"), QString());
            connect(list, &QComboBox::activated, this, [this, list, gate](int index) {
                const QString from = list->property(kShown).toString();
                const QString to = list->itemData(index).toString();
                if (from != to) {
                    Q_EMIT gateMoved(gate, from, to);
                }
            });
        }
        QLineEdit *edit =
            newField(m_gateBox, timeoutPath(gate), tr("Timeout of gate %1").arg(gate),
                     formatDuration(known ? known->timeout : GateDefinition().timeout), kDuration);
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
        m_gateGrid->addWidget(name, row, 0);
        m_gateGrid->addWidget(list, row, 1);
        m_gateGrid->addWidget(edit, row, 2);
        m_gateLists.insert(gate, list);
        ++row;
    }
}

void ConfigForm::showGates(const YamlValueEdit &doc)
{
    const std::optional<QStringList> required = doc.items(kRequired);
    const std::optional<QStringList> optional = doc.items(kOptional);
    const GateSettings defaults;
    const QStringList inRequired = required.value_or(defaults.required);
    const QStringList inOptional = optional.value_or(defaults.optional);
    const bool editable = required.has_value() && optional.has_value();
    for (auto it = m_gateLists.cbegin(); it != m_gateLists.cend(); ++it) {
        QComboBox *list = it.value();
        if (it.key() == budgetGateType()) {
            continue;
        }
        const QString in = inRequired.contains(it.key())   ? kRequired
                           : inOptional.contains(it.key()) ? kOptional
                                                           : QString();
        list->setProperty(kShown, in);
        list->setCurrentIndex(list->findData(in));
        list->setEnabled(editable);
        list->setToolTip(editable ? QString()
                                  : tr("The text does not write both gates.required and "
                                       "gates.optional as lists; add them in the text to move "
                                       "gates here."));
    }
}

bool ConfigForm::eventFilter(QObject *watched, QEvent *event)
{
    // Undo and redo in a field with nothing typed go to the document's own stack.
    auto *edit = qobject_cast<QLineEdit *>(watched);
    if (edit && event->type() == QEvent::ShortcutOverride && !edit->isModified()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Conductor

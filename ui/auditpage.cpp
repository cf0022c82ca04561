// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditpage.h"

#include "auditmodel.h"
#include "config/money.h"
#include "displayformat.h"
#include "store/storereader.h"
#include "uistyle.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Conductor {

namespace {

constexpr int kTypingPauseMs = 300;
constexpr int kAfterChangeMs = 1000;
constexpr int kSlowRefreshMs = 15000; // other processes act too
constexpr int kBusyAfterMs = 300;     // a quick answer shows no progress bar
constexpr int kShownEntries = 5000;

enum Field
{
    WhenField,
    WhoField,
    WhatField,
    ExecutionField,
    WhyField,
    MoreField,
    FieldCount
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::AuditPage)
};

// The rest of what was recorded, one line per fact, in words where the key is known.
QStringList detailLines(const QJsonObject &detail)
{
    QStringList lines;
    const QLocale locale;
    for (auto it = detail.constBegin(); it != detail.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == u"conditions") {
            QStringList conditions;
            for (const QJsonValue &c : value.toArray()) {
                conditions.append(c.toString());
            }
            lines.append(
                conditions.isEmpty()
                    ? Text::tr("Conditions: none")
                    : Text::tr("Conditions: %1").arg(conditions.join(QStringLiteral("; "))));
        } else if (key == u"secondFactor") {
            lines.append(value.toString().isEmpty()
                             ? Text::tr("Second factor: none")
                             : Text::tr("Second factor: %1").arg(value.toString().toUpper()));
        } else if (key == u"byTimeout") {
            if (value.toBool()) {
                lines.append(Text::tr("Decided by its timeout"));
            }
        } else if (key == u"role") {
            lines.append(Text::tr("Reviewer's role: %1").arg(value.toString()));
        } else if (key == u"gateId") {
            lines.append(Text::tr("Gate: %1").arg(value.toString()));
        } else if (key == u"amountMicros") {
            lines.append(Text::tr("Amount: %1")
                             .arg(DisplayFormat::money(Money::fromMicros(value.toInteger()))));
        } else if (key == u"tokens") {
            lines.append(Text::tr("Tokens from the emergency reserve: %1")
                             .arg(locale.toString(value.toInteger())));
        } else if (key == u"pipelineId") {
            lines.append(Text::tr("Pipeline: %1").arg(value.toString()));
        } else if (key == u"priority") {
            lines.append(Text::tr("Priority: %1").arg(value.toString()));
        } else if (key == u"requestedRole") {
            lines.append(Text::tr("Role: %1").arg(value.toString()));
        } else if (key == u"strategy") {
            lines.append(Text::tr("Retry strategy: %1").arg(value.toString()));
        } else if (key == u"agent") {
            lines.append(Text::tr("Agent: %1").arg(value.toString()));
        } else if (key == u"changes" && value.isArray()) {
            lines.append(Text::tr("Changes:"));
            for (const QJsonValue &c : value.toArray()) {
                lines.append(QStringLiteral("  • ") + c.toString());
            }
        } else if (value.isString()) {
            lines.append(key + QStringLiteral(": ") + value.toString());
        } else {
            const QJsonDocument doc =
                value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
            lines.append(key + QStringLiteral(": ") +
                         (value.isArray() || value.isObject()
                              ? QString::fromUtf8(doc.toJson(QJsonDocument::Compact))
                              : value.toVariant().toString()));
        }
    }
    return lines;
}

} // namespace

AuditPage::AuditPage(StoreReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new AuditModel(reader, this))
    , m_window(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_actor(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_details(new QGroupBox(tr("Details"), this))
    , m_typing(new QTimer(this))
    , m_soon(new QTimer(this))
    , m_slow(new QTimer(this))
{
    setObjectName(QStringLiteral("AuditPage"));

    m_window->addItem(tr("Last 24 hours"), int(Window::Day));
    m_window->addItem(tr("Last 7 days"), int(Window::Week));
    m_window->addItem(tr("Last 30 days"), int(Window::Month));
    m_window->addItem(tr("All time"), int(Window::All));
    m_window->setCurrentIndex(int(Window::Week));
    m_window->setAccessibleName(tr("Time window"));
    m_window->setToolTip(tr("Show what was done in this time"));

    namespace A = AuditAction;
    m_action->addItem(tr("All actions"), QStringList());
    m_action->addItem(tr("Starts"), QStringList{A::Started});
    m_action->addItem(tr("Gate decisions"), QStringList{A::Approved, A::Rejected, A::Expired});
    m_action->addItem(tr("Interventions"),
                      QStringList{A::Paused, A::Resumed, A::Cancelled, A::Skipped, A::Retried,
                                  A::Strategy, A::Agent, A::BudgetOverride});
    m_action->addItem(tr("Configuration changes"), QStringList{A::ConfigChanged});
    m_action->insertSeparator(m_action->count());
    QStringList single = AuditTrail::eventActions();
    single.append(A::ConfigChanged);
    for (const QString &action : std::as_const(single)) {
        m_action->addItem(AuditModel::actionText(action), QStringList{action});
    }
    m_action->setAccessibleName(tr("Action"));
    m_action->setToolTip(tr("Show only this kind of action"));

    m_actor->setPlaceholderText(tr("Who…"));
    m_actor->setClearButtonEnabled(true);
    m_actor->setAccessibleName(tr("Actor"));
    m_actor->setToolTip(tr("Show what people whose name contains this did"));
    m_search->setPlaceholderText(tr("Search reasons, subjects, ideas…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the audit trail"));
    m_export->setAccessibleName(tr("Export CSV"));
    m_export->setToolTip(tr("Save every entry the filters select as a CSV file"));

    auto *filters = new QHBoxLayout;
    auto *windowLabel = new QLabel(tr("&Time:"), this);
    windowLabel->setBuddy(m_window);
    filters->addWidget(windowLabel);
    filters->addWidget(m_window);
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_export);

    m_count->setAccessibleName(tr("Entries shown"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Export result"));
    m_message->hide();
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Reading the audit trail"));
    m_busy->hide();
    auto *status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addWidget(m_busy);
    status->addWidget(m_message, 1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const QString sampleTime = QLocale().toString(
        QDateTime(QDate(2026, 12, 28), QTime(23, 59)).toLocalTime(), QLocale::ShortFormat);
    m_table->setColumnWidth(AuditModel::WhenColumn,
                            m_table->fontMetrics().horizontalAdvance(sampleTime) + 24);
    m_table->setColumnWidth(AuditModel::WhoColumn, 110);
    m_table->setColumnWidth(AuditModel::WhatColumn, 300);
    m_table->setColumnWidth(AuditModel::ExecutionColumn, 200);
    m_table->setAccessibleName(tr("Audit trail"));

    // The details scroll when they are longer than the room the splitter leaves them.
    auto *scroll = new QScrollArea(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    scroll->setWidget(inner);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(4, 4, 4, 4);
    detailsLayout->addWidget(scroll);
    auto *form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QStringList names{tr("When:"),      tr("Who:"), tr("What:"),
                            tr("Execution:"), tr("Why:"), tr("More:")};
    const QStringList objectNames{
        QStringLiteral("auditDetailWhen"), QStringLiteral("auditDetailWho"),
        QStringLiteral("auditDetailWhat"), QStringLiteral("auditDetailExecution"),
        QStringLiteral("auditDetailWhy"),  QStringLiteral("auditDetailMore")};
    for (int i = 0; i < FieldCount; ++i) {
        auto *value = new QLabel(inner);
        value->setObjectName(objectNames.at(i));
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(names.at(i).chopped(1));
        // At the top of its row, beside the first line of a value of several.
        auto *name = new QLabel(names.at(i), inner);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        form->addRow(name, value);
        m_fields.append(value);
    }
    m_details->setAccessibleName(tr("Details of the selected entry"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(status);
    layout->addWidget(split, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &AuditPage::refresh);
    connect(m_actor, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_window, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);
    m_soon->setSingleShot(true);
    m_soon->setInterval(kAfterChangeMs);
    connect(m_soon, &QTimer::timeout, this, &AuditPage::refresh);
    m_slow->setInterval(kSlowRefreshMs);
    connect(m_slow, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_model->isLoading()) {
            refresh();
        }
    });
    m_slow->start();

    connect(m_model, &AuditModel::loaded, this, &AuditPage::onLoaded);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selected = currentEntry(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_selected ? m_model->rowOf(*m_selected) : -1;
        if (row >= 0) {
            m_table->selectRow(row);
        }
        showDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showDetails);
    connect(m_reader, &StoreReader::exportProgress, this, &AuditPage::onExportProgress);
    connect(m_reader, &StoreReader::exportFinished, this, &AuditPage::onExportFinished);

    showDetails(); // the trail is read when the page is shown
}

void AuditPage::setWindow(Window window)
{
    m_window->setCurrentIndex(int(window));
}

AuditQuery AuditPage::currentQuery() const
{
    AuditQuery query;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (Window(m_window->currentData().toInt())) {
    case Window::Day:
        query.from = now.addDays(-1);
        break;
    case Window::Week:
        query.from = now.addDays(-7);
        break;
    case Window::Month:
        query.from = now.addDays(-30);
        break;
    case Window::All:
        break;
    }
    query.actions = m_action->currentData().toStringList();
    query.actor = m_actor->text().trimmed();
    query.search = m_search->text().trimmed();
    query.limit = kShownEntries;
    return query;
}

std::optional<AuditEntry> AuditPage::currentEntry() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    return m_model->entry(current.row());
}

void AuditPage::refresh()
{
    m_typing->stop();
    m_soon->stop();
    m_model->setQuery(currentQuery());
    QTimer::singleShot(kBusyAfterMs, this, [this] { m_busy->setVisible(m_model->isLoading()); });
}

void AuditPage::noteChange()
{
    if (isVisible() && !m_soon->isActive()) {
        m_soon->start();
    }
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void AuditPage::onLoaded()
{
    m_busy->hide();
    const int rows = m_model->rowCount();
    m_count->setText(rows >= kShownEntries
                         ? tr("Entries: the newest %1 (narrow the filters for older ones)")
                               .arg(QLocale().toString(rows))
                         : tr("Entries: %1").arg(QLocale().toString(rows)));
}

void AuditPage::showDetails()
{
    const std::optional<AuditEntry> entry = currentEntry();
    m_details->setEnabled(entry.has_value());
    if (!entry) {
        for (QLabel *field : std::as_const(m_fields)) {
            field->clear();
        }
        m_fields.at(WhatField)->setText(tr("Select an entry to see all that was recorded."));
        return;
    }
    const AuditEntry &e = *entry;
    // Also in UTC where that differs, deliberately in the CSV export's fixed form.
    const QDateTime local = e.at.toLocalTime();
    const QString when = QLocale().toString(local, QLocale::LongFormat);
    m_fields.at(WhenField)->setText(
        local.offsetFromUtc() == 0
            ? when
            : tr("%1 (%2 UTC)")
                  .arg(when, e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    m_fields.at(WhoField)->setText(e.actor.isEmpty() ? AuditModel::whoText(e) : e.actor);
    m_fields.at(WhatField)->setText(AuditModel::whatText(e));
    m_fields.at(ExecutionField)
        ->setText(e.executionId.isEmpty()
                      ? tr("none")
                      : (e.ideaTitle.isEmpty() ? e.executionId
                                               : tr("%1 — %2").arg(e.executionId, e.ideaTitle)));
    m_fields.at(WhyField)->setText(e.reason.isEmpty() ? tr("(no reason given)") : e.reason);
    const QStringList more = detailLines(e.detail);
    m_fields.at(MoreField)->setText(more.isEmpty() ? tr("nothing more") : more.join(u'\n'));
}

void AuditPage::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A file name: the date in ISO form whatever the locale, so that the files sort.
    const QString name =
        QStringLiteral("conductor-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    auto *dialog = new QFileDialog(this, tr("Export the audit trail"), QDir(folder).filePath(name),
                                   tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &AuditPage::exportTo);
    dialog->open();
}

void AuditPage::exportTo(const QString &path)
{
    if (m_exportRequest != 0 || path.isEmpty()) {
        return;
    }
    AuditQuery query = currentQuery();
    query.limit = 0; // all that the filters select, not only what is shown
    m_exportRequest = StoreReader::newRequestId();
    m_export->setEnabled(false);
    UiStyle::showMessage(m_message, QString(), false);
    m_progress = new QProgressDialog(tr("Exporting the audit trail…"), tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(tr("Export CSV"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(500); // a quick export shows no dialog
    m_progress->setAccessibleName(tr("Export progress"));
    const qint64 request = m_exportRequest;
    connect(m_progress, &QProgressDialog::canceled, this, [this, request] {
        QMetaObject::invokeMethod(m_reader, "cancelExport", Qt::QueuedConnection,
                                  Q_ARG(qint64, request));
    });
    QMetaObject::invokeMethod(m_reader, "exportAuditCsv", Qt::QueuedConnection,
                              Q_ARG(qint64, m_exportRequest), Q_ARG(Conductor::AuditQuery, query),
                              Q_ARG(QString, path));
}

void AuditPage::onExportProgress(qint64 requestId, int done, int total)
{
    if (requestId != m_exportRequest || !m_progress || m_progress->wasCanceled()) {
        return;
    }
    m_progress->setMaximum(total);
    if (total > 0) {
        m_progress->setLabelText(tr("Exporting the audit trail: %1 of %2 entries")
                                     .arg(QLocale().toString(done), QLocale().toString(total)));
    }
    m_progress->setValue(done);
}

void AuditPage::onExportFinished(qint64 requestId, bool ok, const QString &message)
{
    if (requestId != m_exportRequest) {
        return;
    }
    m_exportRequest = 0;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_export->setEnabled(true);
    UiStyle::showMessage(m_message, message, !ok);
    Q_EMIT exportFinished(ok, message);
}

} // namespace Conductor

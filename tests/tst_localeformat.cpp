// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Numbers, dollars, dates and times in the locale's form. First DisplayFormat itself in
// American English, German and French (the separators as QLocale's data has them, and a
// few literal forms, so that a fall back to the C locale fails), then the desktop app's
// views on the offscreen platform under German: an execution's row, the status bar's
// spending, the budget bars, the dashboard's tiles, a gate dialog's costs and a chart's
// axes read "1.234,50 $" and "01.03.26", never "$1234.50" or "3/1/26"; and dollars typed
// into a budget gate's grant or an intervention's spin box take a decimal comma.

#include "budgetbars.h"
#include "budgetspage.h"
#include "chartstyle.h"
#include "config/configloader.h"
#include "dashboardpage.h"
#include "desktopfixture.h"
#include "displayformat.h"
#include "engine/ledger.h"
#include "executionsmodel.h"
#include "executionspage.h"
#include "gatedialog.h"
#include "interventiondialog.h"
#include "mainwindow.h"
#include "metricshistory.h"
#include "metrictile.h"
#include "nodesummary.h"
#include "store/database.h"
#include "store/storereader.h"
#include "testsupport.h"
#include "usagechart.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Qt::StringLiterals;
using Metric = DashboardPage::Metric;

namespace {

const QLocale kUs(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kFrench(QLocale::French, QLocale::France);

// Sets the default locale for a scope, as the app does from the chosen language.
class DefaultLocale final
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }
    DefaultLocale(const DefaultLocale &) = delete;
    DefaultLocale &operator=(const DefaultLocale &) = delete;

private:
    QLocale m_before;
};

// "1234.50" with the locale's group separator and decimal sign.
QString localNumber(const QLocale &locale, const QString &whole, const QString &fraction)
{
    QString grouped = whole;
    for (qsizetype at = grouped.size() - 3; at > 0; at -= 3) {
        grouped.insert(at, locale.groupSeparator());
    }
    return grouped + locale.decimalPoint() + fraction;
}

// The texts a person reads on a chart: its axes' labels, its legend and its title.
QStringList chartTexts(QChartView *view)
{
    QStringList texts;
    const QList<QGraphicsItem *> items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        if (const auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            text && text->isVisible()) {
            texts.append(text->toPlainText());
        }
    }
    return texts;
}

} // namespace

class TestLocaleFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void moneyInEachLocale_data();
    void moneyInEachLocale();
    void cLocaleKeepsTheEnglishForm();
    void numbersDatesAndTimes();
    void chosenLanguageDecidesTheLocale();
    void executionsAndSpendingInGerman();
    void dashboardInGerman();
    void gateDialogInGerman();
    void dollarsSpinBoxInGerman();
    void chartInGerman();

private:
    QTemporaryDir m_dir;
    QString m_db;
    const QDateTime m_created = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
};

void TestLocaleFormat::initTestCase()
{
    qRegisterMetaType<Conductor::GateDecision>();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ConductorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_localeformat"));

    // An execution that cost $1,234.50 over 12,345 tokens, and $1.50 spent today.
    m_db = m_dir.filePath(QStringLiteral("locale.db"));
    Database db(m_db, u"fill");
    QVERIFY2(db.open(), qPrintable(db.error()));
    QVERIFY(db.beginWrite());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO executions (id, pipeline_id, idea_title, status, priority, current_stage,"
        " tokens_used, cost_micros, created_at, updated_at, last_seq, owner, lease_until)"
        " VALUES ('exec_big', 'i2s', 'Lab marketplace', ?, 1, 'ux', 12345, 1234500000, ?, ?,"
        " 10, NULL, NULL)"));
    q.bindValue(0, statusName(ExecutionStatus::Completed));
    q.bindValue(1, toStoredTime(m_created));
    q.bindValue(2, toStoredTime(m_created.addSecs(90)));
    QVERIFY(q.exec());
    const QString today =
        Ledger::dayOf(QDateTime::currentDateTimeUtc(), Ledger::zoneOf(ConfigLoader::builtIn()));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO budget_days VALUES ('%1', 50000, 0, 0, 0,"
                                   " 1500000, 0, 0, 0, 0, 0, NULL)")
                        .arg(today)));
    QVERIFY(db.commit());
}

void TestLocaleFormat::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

void TestLocaleFormat::moneyInEachLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << kUs;
    QTest::newRow("de_DE") << kGerman;
    QTest::newRow("fr_FR") << kFrench;
}

void TestLocaleFormat::moneyInEachLocale()
{
    QFETCH(QLocale, locale);
    const DefaultLocale scope(locale);
    const bool signFirst = locale.language() == QLocale::English;

    // The locale's separators, and the dollar sign where the locale writes it.
    const QString amount = DisplayFormat::money(Money::fromMicros(1'234'500'000));
    const QString digits = localNumber(locale, u"1234"_s, u"50"_s);
    QCOMPARE(amount, locale.toCurrencyString(1234.5, u"$"_s, 2));
    if (signFirst) {
        QCOMPARE(amount, u"$"_s + digits);
    } else {
        QVERIFY2(amount.startsWith(digits) && amount.endsWith(u'$'), qPrintable(amount));
    }
    // Sub-cent amounts keep the decimals they need; whole ones get two.
    QVERIFY2(DisplayFormat::money(Money::fromMicros(125))
                 .contains(u"0"_s + locale.decimalPoint() + u"000125"_s),
             qPrintable(DisplayFormat::money(Money::fromMicros(125))));
    QCOMPARE(DisplayFormat::money(Money::fromMicros(-360'000)),
             locale.negativeSign() + DisplayFormat::money(Money::fromMicros(360'000)));
    QCOMPARE(NodeSummary::formatMoney(Money::fromMicros(360'000)),
             locale.toCurrencyString(0.36, u"$"_s, 2));
    // A chart's dollars: two decimals, four below a cent.
    QCOMPARE(DisplayFormat::usd(0.005), locale.toCurrencyString(0.005, u"$"_s, 4));
    // A spin box's and an axis's dollar sign on the locale's side of the number.
    const DisplayFormat::Affixes affixes = DisplayFormat::usdAffixes();
    QCOMPARE(affixes.prefix.trimmed().isEmpty(), !signFirst);
    QCOMPARE(affixes.suffix.trimmed().isEmpty(), signFirst);
    QCOMPARE(DisplayFormat::usdAxisFormat(2), affixes.prefix + u"%.2f"_s + affixes.suffix);
}

void TestLocaleFormat::cLocaleKeepsTheEnglishForm()
{
    const DefaultLocale scope(QLocale::c());
    QCOMPARE(DisplayFormat::money(Money::fromMicros(360'000)), u"$0.36"_s);
    QCOMPARE(DisplayFormat::money(Money::fromMicros(1'234'500'000)), u"$1234.50"_s);
    QCOMPARE(DisplayFormat::money(Money::fromMicros(125)), u"$0.000125"_s);
    QCOMPARE(DisplayFormat::money(Money::fromMicros(-360'000)), u"-$0.36"_s);
    QCOMPARE(DisplayFormat::usdAxisFormat(0), u"$%.0f"_s);
    QCOMPARE(DisplayFormat::timeFormat(false), u"HH:mm"_s);
    QCOMPARE(DisplayFormat::dayMonth(QDate(2026, 3, 2)), u"2 Mar"_s);
}

void TestLocaleFormat::numbersDatesAndTimes()
{
    const QDateTime at(QDate(2026, 3, 4), QTime(13, 5, 2, 125));
    {
        const DefaultLocale scope(kUs);
        QCOMPARE(DisplayFormat::number(1'234'567), u"1,234,567"_s);
        QCOMPARE(DisplayFormat::dateTime(at), kUs.toString(at, QLocale::ShortFormat));
        QCOMPARE(DisplayFormat::dayMonth(at.date()), u"3/4"_s);
        QVERIFY(DisplayFormat::time(at.time()).contains(u"PM"_s));
        QVERIFY(DisplayFormat::time(at.time(), true).startsWith(u"1:05:02"_s));
        QVERIFY2(DisplayFormat::preciseDateTime(at).contains(u"1:05:02.125"_s),
                 qPrintable(DisplayFormat::preciseDateTime(at)));
    }
    {
        const DefaultLocale scope(kGerman);
        QCOMPARE(DisplayFormat::number(1'234'567), u"1.234.567"_s);
        QCOMPARE(DisplayFormat::decimal(2.5, 1), u"2,5"_s);
        QCOMPARE(DisplayFormat::dateTime(at), u"04.03.26 13:05"_s);
        QCOMPARE(DisplayFormat::date(at.date()), u"04.03.26"_s);
        QCOMPARE(DisplayFormat::dayMonth(at.date()), u"04.03"_s);
        QCOMPARE(DisplayFormat::time(at.time()), u"13:05"_s);
        QCOMPARE(DisplayFormat::time(at.time(), true), u"13:05:02"_s);
        QCOMPARE(DisplayFormat::preciseDateTime(at), u"04.03.26 13:05:02,125"_s);
        // A chart's time axis over two days: midnight as the day, hours as the time.
        const QDateTime from(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        QStringList labels;
        for (const ChartStyle::TimeTick &tick :
             ChartStyle::timeTicks(from.toMSecsSinceEpoch(), from.addDays(2).toMSecsSinceEpoch(),
                                   QTimeZone::utc(), 12)) {
            labels.append(tick.label);
        }
        QVERIFY2(labels.contains(u"02.03"_s) && labels.contains(u"06:00"_s),
                 qPrintable(labels.join(u" | ")));
    }
    {
        const DefaultLocale scope(kFrench);
        QCOMPARE(DisplayFormat::number(1'234'567), kFrench.toString(1'234'567));
        QVERIFY(DisplayFormat::number(1'234'567).contains(kFrench.groupSeparator()));
        QCOMPARE(DisplayFormat::dayMonth(at.date()), u"04/03"_s);
        QCOMPARE(DisplayFormat::dateTime(at), u"04/03/2026 13:05"_s);
    }
}

void TestLocaleFormat::chosenLanguageDecidesTheLocale()
{
    QCOMPARE(DisplayFormat::localeFor(u"de"_s, kUs).language(), QLocale::German);
    QCOMPARE(DisplayFormat::localeFor(u"fr"_s, kGerman).language(), QLocale::French);
    // The system's own locale when it speaks the language, with its own country.
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(DisplayFormat::localeFor(u"en"_s, british), british);
    QCOMPARE(DisplayFormat::localeFor(QString(), kFrench), kFrench);
}

void TestLocaleFormat::executionsAndSpendingInGerman()
{
    const DefaultLocale scope(kGerman);
    const ReaderThread reader(m_db);
    const Configuration config = ConfigLoader::builtIn();
    MainWindow window(config, std::nullopt, reader.reader());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModel *rows = window.executions()->table()->model();
    QTRY_COMPARE(rows->rowCount(), 1);

    // The row's cost and tokens with the German separators, the dollar sign after.
    const QString cost = rows->index(0, ExecutionsModel::CostColumn).data().toString();
    QCOMPARE(cost, kGerman.toCurrencyString(1234.5, u"$"_s, 2));
    QVERIFY2(cost.startsWith(u"1.234,50"_s) && cost.endsWith(u'$'), qPrintable(cost));
    QCOMPARE(rows->index(0, ExecutionsModel::TokensColumn).data().toString(), u"12.345"_s);
    // Its dates in the German short format, in local time.
    const QString created = rows->index(0, ExecutionsModel::CreatedColumn).data().toString();
    QCOMPARE(created, kGerman.toString(m_created.toLocalTime(), QLocale::ShortFormat));
    QVERIFY2(
        QRegularExpression(u"^\\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d$"_s).match(created).hasMatch(),
        qPrintable(created));

    // The status bar's spending of the day.
    const QString spent = kGerman.toCurrencyString(1.5, u"$"_s, 2);
    const QString budget = kGerman.toCurrencyString(500.0, u"$"_s, 2);
    QTRY_COMPARE(window.spendLabel()->text(), u"Today: %1 of %2"_s.arg(spent, budget));
    QVERIFY(spent.startsWith(u"1,50"_s));
    QVERIFY(!window.spendLabel()->text().contains(u"$1.50"_s));

    // The budget bars: dollars and tokens the German way.
    BudgetsPage *budgets = window.budgets();
    QSignalSpy shown(budgets, &BudgetsPage::shown);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QVERIFY(shown.wait(5000));
    const QString costBar = budgets->costBar()->format();
    QVERIFY2(costBar.startsWith(
                 u"used %1 · held %2"_s.arg(spent, kGerman.toCurrencyString(0.0, u"$"_s, 2))),
             qPrintable(costBar));
    QVERIFY2(costBar.contains(kGerman.toCurrencyString(498.5, u"$"_s, 2)), qPrintable(costBar));
    QVERIFY2(!costBar.contains(u"$1"_s) && !costBar.contains(u"1.50"_s), qPrintable(costBar));
    QVERIFY2(budgets->tokensBar()->format().contains(u"50.000"_s),
             qPrintable(budgets->tokensBar()->format()));
    QVERIFY2(budgets->alertLabel()->text().contains(u"400,00"_s),
             qPrintable(budgets->alertLabel()->text()));

    // The budget day: the title in the long German form, the day's field with the year in full.
    const QDate day = QDate::fromString(budgets->day(), Qt::ISODate);
    QVERIFY(day.isValid());
    const QString title = budgets->titleLabel()->text();
    QVERIFY2(title.contains(kGerman.toString(day, QLocale::LongFormat)), qPrintable(title));
    QVERIFY2(title.contains(kGerman.monthName(day.month())), qPrintable(title));
    QVERIFY2(!title.contains(budgets->day()), qPrintable(title));
    QCOMPARE(budgets->dayEdit()->text(), day.toString(u"dd.MM.yyyy"_s));
}

void TestLocaleFormat::dashboardInGerman()
{
    const DefaultLocale scope(kGerman);
    const QString path = m_dir.filePath(QStringLiteral("dashboard.db"));
    const QDateTime anchor(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    {
        Database db(path, u"fill");
        QVERIFY2(db.open(), qPrintable(db.error()));
        Test::MetricsHistory history(db, anchor);
        QVERIFY2(history.write(), qPrintable(history.error()));
    }
    const ReaderThread reader(path);
    DashboardPage page(reader.reader(), ConfigLoader::builtIn());
    page.resize(1400, 900);
    QSignalSpy shown(&page, &DashboardPage::metricsShown);
    page.setWindowEnd(anchor);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(shown.wait(10'000));
    QTRY_VERIFY(!page.isLoading());

    // $3.60 over 8 completed executions: $0.45 each, with a decimal comma.
    MetricTile *efficiency = page.tile(Metric::Efficiency);
    QVERIFY(efficiency->hasData());
    QCOMPARE(efficiency->valueLabel()->text(), kGerman.toCurrencyString(0.45, u"$"_s, 2));
    QVERIFY(efficiency->valueLabel()->text().startsWith(u"0,45"_s));
    QVERIFY2(efficiency->basisLabel()->text().contains(kGerman.toCurrencyString(3.6, u"$"_s, 2)),
             qPrintable(efficiency->basisLabel()->text()));
    QVERIFY2(efficiency->basisLabel()->text().contains(u"36.000"_s),
             qPrintable(efficiency->basisLabel()->text()));
    // 8 of 10 completed: 80,0 %.
    const QString success = page.tile(Metric::SuccessRate)->valueLabel()->text();
    QVERIFY2(success.startsWith(u"80,0"_s), qPrintable(success));
}

void TestLocaleFormat::gateDialogInGerman()
{
    const DefaultLocale scope(kGerman);
    ExecutionState state;
    state.id = u"exec_gate"_s;
    state.status = ExecutionStatus::Running;
    state.idea.title = u"Lab marketplace"_s;
    state.tokensUsed = 12'345;
    state.costAccrued = Money::fromMicros(1'234'500'000);
    state.options.maxCost = Money::fromMicros(2'000'000'000);
    GateRecord gate;
    gate.id = u"gate_1"_s;
    gate.type = u"risk_review"_s;
    gate.checkpoint = u"risk_gate"_s;
    gate.reason = u"the risk review flagged it"_s;
    gate.openedAt = m_created;
    state.gates.append(gate);

    GateDialog dialog(state, gate.id, Reviewer{u"ada"_s, Role::Approver, true});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto *costs = dialog.findChild<QLabel *>(QStringLiteral("costs"));
    QVERIFY(costs);
    const QString text = costs->text();
    QVERIFY2(text.contains(kGerman.toCurrencyString(1234.5, u"$"_s, 2)), qPrintable(text));
    QVERIFY2(text.contains(kGerman.toCurrencyString(2000.0, u"$"_s, 2)), qPrintable(text));
    QVERIFY2(text.contains(u"1.234,50"_s) && text.contains(u"2.000,00"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"$1234.50"_s) && !text.contains(u"$2000"_s), qPrintable(text));

    // A budget gate: the grant's dollars with a decimal comma, read back as dollars.
    GateRecord budget = gate;
    budget.id = u"gate_2"_s;
    budget.type = budgetGateType();
    budget.context.insert(u"grantMicros"_s, 1'500'000);
    budget.context.insert(u"grantTokens"_s, 5000);
    state.gates.append(budget);
    GateDialog grant(state, budget.id, Reviewer{u"ada"_s, Role::Approver, true});
    grant.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grant));
    auto *usd = grant.findChild<QLineEdit *>(QStringLiteral("grantUsd"));
    QVERIFY(usd && usd->isVisible());
    QCOMPARE(usd->text(), u"1,50"_s);
    usd->selectAll();
    QTest::keyClicks(usd, u"1.2,25"_s); // the group dot is not a decimal sign
    QCOMPARE(usd->text(), u"12,25"_s);
    QSignalSpy decisions(&grant, &GateDialog::decided);
    QTest::mouseClick(grant.findChild<QPushButton *>(QStringLiteral("approveButton")),
                      Qt::LeftButton);
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().first().value<GateDecision>().grantUsd,
             std::optional<Money>(Money::fromMicros(12'250'000)));
}

void TestLocaleFormat::dollarsSpinBoxInGerman()
{
    const DefaultLocale scope(kGerman);
    Test::DesktopFixture fixture;
    QVERIFY(fixture.open());
    InterventionDialog dialog(fixture.session.get(), InterventionDialog::Kind::Budget,
                              {u"exec_big"_s, u"Lab marketplace"_s, {}, {}, {}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QDoubleSpinBox *dollars = dialog.dollarsBox();
    QVERIFY(dollars);
    // Typed the German way, read back as dollars, shown with the sign after the number.
    dollars->setFocus();
    dollars->selectAll();
    QTest::keyClicks(dollars, u"12,5"_s);
    QCOMPARE(dollars->value(), 12.5);
    QVERIFY2(dollars->text().startsWith(u"12,5"_s), qPrintable(dollars->text()));
    QVERIFY2(dollars->text().endsWith(u'$'), qPrintable(dollars->text()));
    QVERIFY(dollars->prefix().isEmpty());
}

void TestLocaleFormat::chartInGerman()
{
    const DefaultLocale scope(kGerman);
    UsageChart chart;
    chart.resize(900, 500);
    Budgets budgets;
    budgets.tokens.daily = 2'000'000;
    budgets.cost.dailyBudget = Money::fromUsd(3000);
    budgets.cost.alertThreshold = Money::fromUsd(2500);
    budgets.timeZone = u"UTC"_s;
    chart.setBudgets(budgets);
    UsageSeries s;
    s.from = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    s.to = s.from.addDays(2);
    s.bucketSeconds = 3600;
    s.tokens = QList<qint64>(48, 10'000);
    s.costMicros = QList<qint64>(48, 50'000'000);
    s.attempts = 48;
    chart.setSeries(s);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.chart()->locale(), kGerman);
    QCOMPARE(chart.alertLine()->name(),
             u"Alert threshold: %1"_s.arg(kGerman.toCurrencyString(2500.0, u"$"_s, 2)));

    // The axes' labels as drawn: dollars "1.000 $", tokens "1.000.000", days "02.03".
    QCoreApplication::processEvents();
    const QStringList texts = chartTexts(&chart);
    const QString all = texts.join(u" | ");
    const QRegularExpression dollars(u"^\\d{1,3}(\\.\\d{3})+(,\\d+)?\\s\\$$"_s);
    const QRegularExpression tokens(u"^\\d{1,3}(\\.\\d{3}){2}$"_s);
    bool thousandsOfDollars = false;
    bool millionsOfTokens = false;
    for (const QString &t : texts) {
        thousandsOfDollars = thousandsOfDollars || dollars.match(t).hasMatch();
        millionsOfTokens = millionsOfTokens || tokens.match(t).hasMatch();
        QVERIFY2(!t.startsWith(u'$'), qPrintable(all));
    }
    QVERIFY2(thousandsOfDollars, qPrintable(all));
    QVERIFY2(millionsOfTokens, qPrintable(all));
    QVERIFY2(texts.contains(u"02.03"_s), qPrintable(all));
}

QTEST_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"

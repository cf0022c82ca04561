// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The New pipeline dialog, used as a person would on the offscreen platform: it shows the
// Budget Check's estimate before Start, starts an execution with the idea's metadata,
// refuses what the budgets cannot cover without losing what was typed, and checks the
// timeout and the pipeline file it is given.

#include "desktopfixture.h"
#include "newpipelinedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace Conductor;
using namespace Conductor::Test;

namespace {

// Waits for the Budget Check of what the dialog shows now.
bool waitForEstimate(NewPipelineDialog &dialog)
{
    for (int i = 0; i < 1000; ++i) {
        if (dialog.estimateCurrent() && !dialog.estimateLabel()->text().contains(u'…')) {
            return true;
        }
        QTest::qWait(10);
    }
    return false;
}

} // namespace

class TestNewPipelineDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheEstimateAndStarts();
    void refusesWhatTheBudgetsCannotCover();
    void checksTheTimeoutAndThePipelineFile();
};

void TestNewPipelineDialog::showsTheEstimateAndStarts()
{
    DesktopFixture f;
    QVERIFY(f.open());
    NewPipelineDialog dialog(f.session.get(), ConfigLoader::builtInText());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.usePipelineFile(f.writeFile(QStringLiteral("fast.yml"), fastPipeline())));
    QVERIFY(!dialog.startButton()->isEnabled()); // no idea yet

    QTest::keyClicks(dialog.descriptionEdit(),
                     QStringLiteral("A marketplace for used lab equipment. Buyers bid."));
    dialog.domainBox()->setCurrentText(QStringLiteral("retail"));
    dialog.loadEstimateBox()->setValue(12000);
    QVERIFY(waitForEstimate(dialog));
    const QString estimate = dialog.estimateLabel()->text();
    QVERIFY2(estimate.contains(QStringLiteral("✓")), qPrintable(estimate));
    QVERIFY2(estimate.contains(QStringLiteral("tokens")), qPrintable(estimate));
    QVERIFY(dialog.perStageTable()->rowCount() > 10); // per stage
    QTRY_VERIFY(dialog.startButton()->isEnabled());

    QSignalSpy started(&dialog, &NewPipelineDialog::started);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QVERIFY(started.wait(10'000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString id = started.first().first().toString();
    QVERIFY(f.waitForRow(id, [](const ExecutionSummary &) { return true; })); // committed
    const std::optional<ExecutionSummary> row = f.row(id);
    QVERIFY(row);
    QCOMPARE(row->ideaTitle, QStringLiteral("A marketplace for used lab equipment"));
    const ExecutionEvents events = StoreQueries(f.databasePath()).events(id);
    QVERIFY(!events.isEmpty());
    const QJsonObject idea = events.first().data.value(QStringLiteral("idea")).toObject();
    const QJsonObject metadata = idea.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("domain")).toString(), QStringLiteral("retail"));
    QCOMPARE(metadata.value(QStringLiteral("loadEstimate")).toInt(), 12000);
    QCOMPARE(events.first().data.value(QStringLiteral("requestedBy")).toString(), osAccountName());
}

void TestNewPipelineDialog::refusesWhatTheBudgetsCannotCover()
{
    DesktopFixture f;
    QVERIFY(f.open());
    QByteArray small = ConfigLoader::builtInText();
    small.replace("perPipeline: 250000", "perPipeline: 20000");
    NewPipelineDialog dialog(f.session.get(), small);
    dialog.show();
    QVERIFY(dialog.usePipelineFile(f.writeFile(QStringLiteral("fast.yml"), fastPipeline())));
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Too big for today"));
    QVERIFY(waitForEstimate(dialog));
    const QString estimate = dialog.estimateLabel()->text();
    QVERIFY2(estimate.contains(QStringLiteral("budgets.tokens.perPipeline")), qPrintable(estimate));
    QVERIFY(estimate.startsWith(QStringLiteral("✗")));
    QTest::qWait(100);
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(dialog.startButton()->toolTip().contains(QStringLiteral("budgets.tokens.perPipeline")));
    QCOMPARE(dialog.descriptionEdit()->toPlainText(), QStringLiteral("Too big for today"));
    QVERIFY(StoreQueries(f.databasePath()).executions().isEmpty());

    // Within a cost limit below the estimate: refused by maxCost.
    NewPipelineDialog limited(f.session.get(), ConfigLoader::builtInText());
    limited.show();
    QVERIFY(limited.usePipelineFile(f.writeFile(QStringLiteral("fast.yml"), fastPipeline())));
    QTest::keyClicks(limited.descriptionEdit(), QStringLiteral("Cheap"));
    limited.limitCostBox()->setChecked(true);
    limited.maxCostBox()->setValue(0.05);
    QVERIFY(waitForEstimate(limited));
    QVERIFY2(limited.estimateLabel()->text().contains(QStringLiteral("maxCost")),
             qPrintable(limited.estimateLabel()->text()));
    QVERIFY(!limited.startButton()->isEnabled());
}

void TestNewPipelineDialog::checksTheTimeoutAndThePipelineFile()
{
    DesktopFixture f;
    QVERIFY(f.open());
    NewPipelineDialog dialog(f.session.get(), ConfigLoader::builtInText());
    dialog.show();
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Timed"));
    QVERIFY(waitForEstimate(dialog));
    QTRY_VERIFY(dialog.startButton()->isEnabled());
    QTest::keyClicks(dialog.timeoutEdit(), QStringLiteral("soon"));
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY2(dialog.startButton()->toolTip().startsWith(QStringLiteral("Timeout")),
             qPrintable(dialog.startButton()->toolTip()));
    dialog.timeoutEdit()->clear();
    QTest::keyClicks(dialog.timeoutEdit(), QStringLiteral("30m"));
    QString problem;
    const std::optional<StartRequest> r = dialog.request(&problem);
    QVERIFY2(r, qPrintable(problem));
    QCOMPARE(r->options.timeoutSeconds, 1800);

    // Not a pipeline: refused with the loader's words; the shipped one stays chosen.
    const QByteArray before = r->pipelineText;
    QVERIFY(!dialog.usePipelineFile(
        f.writeFile(QStringLiteral("broken.yml"), QByteArrayLiteral("stages: [oops\n"))));
    QVERIFY(dialog.messageLabel()->isVisible());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("broken.yml")));
    QCOMPARE(dialog.request(&problem)->pipelineText, before);
}

QTEST_MAIN(TestNewPipelineDialog)
#include "tst_newpipelinedialog.moc"

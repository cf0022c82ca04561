// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demorun.h"

#include "appsettings.h"
#include "config/pipelineloader.h"
#include "engine/session.h"
#include "newpipelinedialog.h"
#include "store/storereader.h"

#include <QFile>

namespace Conductor {

DemoRun::DemoRun(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &Session::reviewerChecked, this, &DemoRun::onReviewer);
    connect(m_session, &Session::startAnswered, this, &DemoRun::onStartAnswered);
}

Idea DemoRun::sampleIdea()
{
    Idea idea;
    idea.title = tr("A marketplace for used lab equipment");
    idea.description =
        tr("Universities and biotech start-ups replace centrifuges, microscopes and "
           "incubators long before they wear out, while young labs cannot afford new ones. "
           "A marketplace where labs list the equipment they no longer need, buyers see its "
           "service history and calibration records, and a partner refurbishes and ships "
           "it with a warranty, taking a commission on each sale.");
    idea.metadata.insert(QStringLiteral("demo"), true);
    return idea;
}

StartRequest DemoRun::request(const QString &role) const
{
    StartRequest r;
    r.idea = sampleIdea();
    r.priority = Priority::Normal;
    r.options.approveGates = false; // the first gate waits for the operator
    r.options.seed = 0;             // the pipeline's own
    r.options.outputDir = AppSettings().effectiveOutputFolder();
    r.configText = m_session->configurationText();
    QFile shipped(PipelineLoader::builtInPath());
    if (shipped.open(QIODevice::ReadOnly)) {
        r.pipelineText = shipped.readAll();
    }
    r.requestedBy = m_session->operatorName();
    r.requestedRole = role;
    return r;
}

void DemoRun::start()
{
    if (isStarting()) {
        return;
    }
    // Who the operator is to the database decides whether they may start one.
    m_reviewerKey = m_session->checkReviewer();
    Q_EMIT startingChanged(true);
}

void DemoRun::onReviewer(const QString &key, const ReviewerCheck &check)
{
    if (key != m_reviewerKey) {
        return;
    }
    m_reviewerKey.clear();
    if (const QString refusal = NewPipelineDialog::startRefusal(check, m_session->operatorName());
        !refusal.isEmpty()) {
        refuse(refusal);
        return;
    }
    const StartRequest r = request(check.role);
    if (r.pipelineText.isEmpty()) {
        refuse(tr("The shipped pipeline %1 cannot be read.").arg(PipelineLoader::builtInPath()));
        return;
    }
    m_startKey = m_session->start(r);
}

void DemoRun::onStartAnswered(const QString &key, const QString &executionId,
                              const QString &refusal)
{
    if (key != m_startKey) {
        return;
    }
    m_startKey.clear();
    Q_EMIT startingChanged(false);
    if (executionId.isEmpty()) {
        Q_EMIT refused(refusal.isEmpty() ? tr("The engine started no execution.") : refusal);
        return;
    }
    Q_EMIT started(executionId);
}

void DemoRun::refuse(const QString &reason)
{
    Q_EMIT startingChanged(false);
    Q_EMIT refused(reason);
}

} // namespace Conductor

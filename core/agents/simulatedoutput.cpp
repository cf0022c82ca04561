// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedoutput_p.h"

#include "simulatedroles_p.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>
#include <string_view>
#include <vector>

// The reports are content, not UI: English, like the answer of a real model, so none of
// these strings is translated (see simulatedoutput_p.h).

namespace Conductor {

namespace {

using namespace SimulatedRoles;

bool isCheck(Kind kind)
{
    return kind == Kind::Security || kind == Kind::Performance || kind == Kind::Quality ||
           kind == Kind::Testing || kind == Kind::Architecture || kind == Kind::Check;
}

const Role &roleFor(const AgentRequest &request, const SimulatedOutputFacts &facts)
{
    const auto find = [](Kind kind) -> const Role & {
        return *std::find_if(roles().cbegin(), roles().cend(),
                             [kind](const Role &r) { return r.kind == kind; });
    };
    for (const Role &role : roles()) {
        if (role.stageId && request.stageId == QLatin1String(role.stageId)) {
            return role;
        }
    }
    // A stage of the user's own pipeline: write what its shape suggests.
    if (facts.publishes) {
        return find(Kind::Deploy);
    }
    switch (request.verdict) {
    case VerdictKind::PassFlag:
        return find(Kind::Risk);
    case VerdictKind::PassFail:
        return find(Kind::Check);
    case VerdictKind::None:
        break;
    }
    return find(Kind::Generic);
}

QString shorten(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength) {
        return text;
    }
    qsizetype cut = text.lastIndexOf(u' ', maxLength - 1);
    if (cut < maxLength / 2) {
        cut = maxLength - 1;
    }
    return text.left(cut).trimmed() + u'…';
}

QString titleOf(const Idea &idea)
{
    const QString title = idea.title.simplified();
    if (!title.isEmpty()) {
        return title;
    }
    const QString description = idea.description.simplified();
    return description.isEmpty() ? QStringLiteral("the idea") : shorten(description, 60);
}

// The description's first sentence, or its start.
QString excerptOf(const QString &description)
{
    const QString text = description.simplified();
    const qsizetype end = text.indexOf(QLatin1String(". "));
    return shorten(end > 0 ? text.left(end + 1) : text, 200);
}

QString numberWord(int n)
{
    static const char *const words[] = {"no", "one", "two", "three", "four", "five", "six"};
    return n >= 0 && n < static_cast<int>(std::size(words)) ? QString::fromUtf8(words[n])
                                                            : QString::number(n);
}

QString joinNames(const QStringList &names)
{
    if (names.size() <= 1) {
        return names.value(0);
    }
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + u" and " + names.last();
}

QString fill(const char *templ, const QString &title, const QString &resource, SimulationRng &rng)
{
    static const QRegularExpression number(QStringLiteral("\\{n:(\\d+)-(\\d+)\\}"));
    QString text = QString::fromUtf8(templ);
    // Numbers first and the title last, so braces in a title are never read as a template.
    for (QRegularExpressionMatch m = number.match(text); m.hasMatch(); m = number.match(text)) {
        const int value = rng.between(m.captured(1).toInt(), m.captured(2).toInt());
        text.replace(m.capturedStart(), m.capturedLength(), QString::number(value));
    }
    text.replace(QLatin1String("{res}"), resource);
    text.replace(QLatin1String("{title}"), title);
    return text;
}

// `count` lines of the pool, chosen by the PRNG, kept in the pool's order.
std::vector<const char *> pick(const std::vector<const char *> &pool, int count, SimulationRng &rng)
{
    std::vector<size_t> order(pool.size());
    std::iota(order.begin(), order.end(), size_t{0});
    const size_t n = std::min(order.size(), static_cast<size_t>(std::max(0, count)));
    for (size_t i = 0; i < n; ++i) {
        const size_t j = i + static_cast<size_t>(rng.next() % (order.size() - i));
        std::swap(order[i], order[j]);
    }
    std::sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n));
    std::vector<const char *> lines;
    for (size_t i = 0; i < n; ++i) {
        lines.push_back(pool[order[i]]);
    }
    return lines;
}

class Writer
{
public:
    Writer(const AgentRequest &request, const SimulatedOutputFacts &facts, SimulationRng rng)
        : m_request(request)
        , m_facts(facts)
        , m_rng(rng)
        , m_role(roleFor(request, facts))
        , m_title(titleOf(request.idea))
    {
        static const char *const resources[] = {"items", "projects", "orders", "listings",
                                                "requests"};
        m_resource = QString::fromUtf8(resources[m_rng.next() % std::size(resources)]);
    }

    QString write()
    {
        const QString stageName =
            m_request.stageName.isEmpty() ? m_request.stageId : m_request.stageName;
        line(u"# " + stageName);
        blank();
        const bool failed = m_facts.verdict == u"fail";
        // A risk stage's negative verdict, whichever word its stage uses for it.
        const bool flagged = m_facts.verdict == u"flag" || (m_role.kind == Kind::Risk && failed);
        if (m_role.kind == Kind::Risk && flagged) {
            line(u"**" + m_title +
                 u"** needs a human look before it goes further: one risk is rated high.");
        } else {
            QString headline = text(m_role.headlines.at(m_rng.next() % m_role.headlines.size()));
            if (isCheck(m_role.kind) && !m_facts.verdict.isEmpty()) {
                // The result in the first line, which is what later stages quote.
                const QString count = numberWord(m_role.sections.front().picks);
                headline.chop(headline.endsWith(u'.') ? 1 : 0);
                headline +=
                    failed
                        ? QString(u": one check of " + count + u" fails, and it blocks deployment.")
                        : QString(u": all " + count + u" checks pass.");
            }
            line(headline);
        }
        blank();
        intro(stageName);
        inputs();
        const QString failure =
            m_role.failures.empty()
                ? QString()
                : text(m_role.failures.at(m_rng.next() % m_role.failures.size()));
        const bool late = m_role.kind == Kind::Feasibility || m_role.kind == Kind::Market;
        if (!late) {
            extras();
        }
        for (const Section &section : m_role.sections) {
            line(u"## " + QString::fromUtf8(section.title));
            const bool mark = isCheck(m_role.kind);
            const bool failing = mark && failed;
            const bool riskFlag =
                m_role.kind == Kind::Risk && flagged && section.title == std::string_view("Risks");
            if (riskFlag) {
                line(u"- " + failure);
            }
            const auto lines =
                pick(section.lines, section.picks - (failing || riskFlag ? 1 : 0), m_rng);
            for (const char *l : lines) {
                line((mark ? QStringLiteral("- [x] ") : QStringLiteral("- ")) + text(l));
            }
            if (failing) {
                line(u"- [ ] " + failure);
            }
            blank();
        }
        if (late) {
            extras();
        }
        verdict(failure);
        while (!m_lines.isEmpty() && m_lines.last().isEmpty()) {
            m_lines.removeLast();
        }
        return m_lines.join(u'\n') + u'\n';
    }

private:
    void line(const QString &l) { m_lines.append(l); }
    void blank() { m_lines.append(QString()); }
    QString text(const char *templ) { return fill(templ, m_title, m_resource, m_rng); }

    QStringList inputNames() const
    {
        QStringList names;
        for (const AgentInput &input : m_request.inputs) {
            names.append(input.stageName.isEmpty() ? input.stageId : input.stageName);
        }
        return names;
    }

    void intro(const QString &stageName)
    {
        QString paragraph = u"This " + stageName + u" report is on **" + m_title + u"**";
        const QString excerpt = excerptOf(m_request.idea.description);
        paragraph += excerpt.isEmpty() || excerpt == m_title
                         ? QStringLiteral(".")
                         : QString(u", taken as given: \"" + excerpt + u"\"");
        const QStringList names = inputNames();
        paragraph += names.isEmpty()
                         ? QStringLiteral(" It is the first stage and works from the idea alone.")
                         : QString(u" It builds on " + joinNames(names) + u'.');
        QStringList context;
        QStringList keys = m_request.idea.metadata.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys).mid(0, 4)) {
            context.append(key + u" = " + m_request.idea.metadata.value(key).toString());
        }
        if (!context.isEmpty()) {
            paragraph += u" Context: " + context.join(QStringLiteral(", ")) + u'.';
        }
        line(paragraph);
        blank();
    }

    // A line from each of the latest inputs, so the report visibly reads what came before.
    void inputs()
    {
        const QList<AgentInput> &all = m_request.inputs;
        if (all.isEmpty()) {
            return;
        }
        line(QStringLiteral("## From the earlier stages"));
        const qsizetype shown = std::min<qsizetype>(3, all.size());
        if (all.size() > shown) {
            line(u"- Also considered: " + joinNames(inputNames().mid(0, all.size() - shown)) +
                 u'.');
        }
        for (qsizetype i = all.size() - shown; i < all.size(); ++i) {
            const AgentInput &input = all.at(i);
            const QString name = input.stageName.isEmpty() ? input.stageId : input.stageName;
            const QString quote = keyLineOf(input.output);
            line(u"- **" + name + u"**: " +
                 (quote.isEmpty() ? QStringLiteral("(no output)") : QString(u'"' + quote + u'"')));
        }
        blank();
    }

    void extras()
    {
        switch (m_role.kind) {
        case Kind::Feasibility:
            line(QStringLiteral("## Estimate"));
            line(text("An MVP takes about {n:6-16} weeks with {n:2-4} engineers and one designer; "
                      "the riskiest "
                      "part is the first integration."));
            blank();
            break;
        case Kind::Market:
            line(QStringLiteral("## Market size"));
            line(text("- TAM: about ${n:2-19} billion a year."));
            line(text("- SAM: about ${n:120-900} million, the segment this product can reach."));
            line(text("- SOM: about {n:2-6}% of the SAM within three years."));
            blank();
            break;
        case Kind::Scaffold:
            line(QStringLiteral("## Structure"));
            line(QStringLiteral("```"));
            line(QStringLiteral("web/        the client: the screens from the UX stage"));
            line(QStringLiteral("server/     the API service and its jobs"));
            line(QStringLiteral("db/         migrations and seed data"));
            line(QStringLiteral("tests/      unit and end-to-end tests"));
            line(QStringLiteral("```"));
            blank();
            break;
        case Kind::Apis:
            line(QStringLiteral("## Endpoints"));
            line(text("- `GET /api/v1/{res}`: the list, with paging and filters."));
            line(text("- `POST /api/v1/{res}`: create one."));
            line(text("- `GET /api/v1/{res}/{id}`: one, with its history."));
            line(text("- `PATCH /api/v1/{res}/{id}`: change one."));
            line(text("- `POST /api/v1/webhooks`: subscribe to changes."));
            blank();
            break;
        case Kind::Export:
            line(QStringLiteral("## Bundle"));
            line(inputNames().isEmpty()
                     ? QStringLiteral("- Stage outputs: none yet.")
                     : QString(u"- Stage outputs: " + joinNames(inputNames()) + u'.'));
            line(QStringLiteral(
                "- One Markdown file per stage under `stages/`, and a combined `report.md`."));
            line(QStringLiteral("- The execution's state, machine-readable, in `execution.json`."));
            blank();
            break;
        case Kind::Deploy:
            line(QStringLiteral("## Release"));
            if (!m_request.inputs.isEmpty()) {
                line(u"- Released after " +
                     joinNames(
                         inputNames().mid(std::max<qsizetype>(0, m_request.inputs.size() - 5))) +
                     u'.');
            }
            if (m_facts.publishes) {
                line(u"- Published " + QString::number(m_facts.publishedFiles) +
                     (m_facts.publishedFiles == 1 ? QStringLiteral(" file")
                                                  : QStringLiteral(" files")) +
                     u" to `" + m_facts.publishedTo + u"`.");
            } else {
                line(QStringLiteral(
                    "- Not published: this agent is not set to publish (`publish: true`)."));
            }
            line(QStringLiteral("- Release notes: the first public version."));
            blank();
            break;
        default:
            break;
        }
    }

    void verdict(const QString &failure)
    {
        const QString &v = m_facts.verdict;
        if (v.isEmpty()) {
            if (isCheck(m_role.kind)) {
                line(QStringLiteral("## Result"));
                line(QStringLiteral("The checks above found nothing to fix."));
            }
            return;
        }
        if (m_role.kind == Kind::Risk) {
            line(QStringLiteral("## Verdict"));
            line(v == u"pass"
                     ? QStringLiteral(
                           "No risk is rated above medium, so the idea can go on to design.")
                     : QString(u"One risk is rated high (" +
                               failure.section(QStringLiteral("**"), 1, 1).toLower() +
                               u"), so the idea goes to human review before design."));
        } else if (isCheck(m_role.kind) && v == u"fail") {
            line(QStringLiteral("## Why it fails"));
            line(failure +
                 u" Deployment stays blocked until this is fixed and the check runs again.");
        } else if (isCheck(m_role.kind)) {
            line(QStringLiteral("## Result"));
            line(QStringLiteral("All checks pass; nothing here blocks deployment."));
        } else {
            line(QStringLiteral("## Verdict"));
            line(v == u"pass"
                     ? QStringLiteral("Nothing found stands in the way.")
                     : QStringLiteral(
                           "Something here needs a person to look at it before going on."));
        }
        blank();
        line(u"VERDICT: " + v.toUpper());
    }

    const AgentRequest &m_request;
    const SimulatedOutputFacts &m_facts;
    SimulationRng m_rng;
    const Role &m_role;
    QString m_title;
    QString m_resource;
    QStringList m_lines;
};

} // namespace

QString keyLineOf(const QString &markdown, qsizetype maxLength)
{
    bool inFence = false;
    for (const QString &raw : markdown.split(u'\n')) {
        QString t = raw.trimmed();
        if (t.startsWith(QLatin1String("```"))) {
            inFence = !inFence;
            continue;
        }
        if (inFence || t.isEmpty() || t.startsWith(u'#') || t.startsWith(u'|') ||
            t.startsWith(QLatin1String("---")) || t.startsWith(QLatin1String("VERDICT:"))) {
            continue;
        }
        for (const QLatin1String mark :
             {QLatin1String("- [x] "), QLatin1String("- [ ] "), QLatin1String("- "),
              QLatin1String("* "), QLatin1String("> ")}) {
            if (t.startsWith(mark)) {
                t = t.mid(mark.size());
                break;
            }
        }
        t.remove(QLatin1String("**"));
        t.remove(QLatin1String("__"));
        t = t.simplified();
        if (!t.isEmpty()) {
            return shorten(t, maxLength);
        }
    }
    return {};
}

QString writeSimulatedOutput(const AgentRequest &request, const SimulatedOutputFacts &facts,
                             SimulationRng rng)
{
    return Writer(request, facts, rng).write();
}

} // namespace Conductor

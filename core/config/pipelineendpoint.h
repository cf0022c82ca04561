// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `conductor run --llm-base-url URL --llm-model NAME [--llm-key NAME]`: the quickest way
// to try a pipeline on a real model. Rewrites a pipeline file so that every agent is a
// language model on that one endpoint (a provider named "cli"), keeping what each agent
// is for (its description becomes its system prompt), its estimate and whether it
// publishes the bundle. The result is pipeline text like any other: it is what the
// execution records, so a resumed execution asks the same endpoint.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Conductor {

struct PipelineEndpoint
{
    QString baseUrl;
    QString model;
    QString apiKey; // the name of a secret; empty for none
};

class PipelineEndpointRewrite final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::PipelineEndpointRewrite)

public:
    struct Result
    {
        std::optional<QByteArray> text;
        QString error;
    };
    // The pipeline's text with every agent on the endpoint; an error when the text is not
    // a pipeline mapping with agents.
    [[nodiscard]] static Result apply(const QByteArray &pipelineText,
                                      const PipelineEndpoint &endpoint);
};

} // namespace Conductor

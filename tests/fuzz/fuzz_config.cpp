// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer entry point for the loaders: whatever the bytes, loading either gives a value
// and no error, or refuses with at least one error, and every diagnostic names the file
// and a 1-based position inside it. A broken promise aborts, which libFuzzer reports as
// a crash with the input that caused it; so do the sanitizers, hangs (-timeout) and
// runaway memory (-rss_limit_mb).

#include "config/configloader.h"
#include "config/pipelineloader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace Conductor;

const QString kDisplayName = QStringLiteral("fuzz.yml");

// Positions may point one past the last line (the end of the file), never further. A
// lone '\r' counts as a line break, as it does for yaml-cpp.
int lineCount(const QByteArray &bytes)
{
    int lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))) {
            ++lines;
        }
    }
    return lines;
}

[[noreturn]] void fail(const char *loader, const char *promise, const Diagnostic *d = nullptr)
{
    std::fprintf(stderr, "fuzz_config: %s broke its promise: %s\n", loader, promise);
    if (d) {
        std::fprintf(stderr, "  diagnostic: %s\n", qPrintable(d->toString()));
    }
    std::abort();
}

template<typename T>
void check(const char *loader, const LoadResult<T> &result, int lines)
{
    bool anyError = false;
    for (const Diagnostic &d : result.diagnostics) {
        anyError = anyError || d.isError();
        if (d.line < 1 || d.column < 1) {
            fail(loader, "positions are 1-based", &d);
        }
        if (d.line > lines) {
            fail(loader, "positions lie within the file", &d);
        }
        if (d.file != kDisplayName || d.message.isEmpty()) {
            fail(loader, "a diagnostic names the file and says something", &d);
        }
    }
    if (result.value && anyError) {
        fail(loader, "a result with a value has no errors");
    }
    if (!result.value && !anyError) {
        fail(loader, "a refusal says why");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The built-in configuration is what `conductor validate` checks pipelines against.
    static const Configuration builtIn = ConfigLoader::builtIn();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const int lines = lineCount(bytes);
    check("ConfigLoader", ConfigLoader::loadBytes(bytes, kDisplayName), lines);
    check("PipelineLoader", PipelineLoader::loadBytes(bytes, kDisplayName, builtIn), lines);
    return 0;
}

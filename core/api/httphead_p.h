// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The strict reading of an HTTP/1.x request head that HttpGate does before it lets a request
// reach the HTTP server. It accepts less than RFC 9112 permits on purpose: what it passes,
// Qt HTTP Server 6.4 reads the same way (the same end of the head, the same Content-Length),
// so the gate's limits and the server's parsing can never disagree about where a request
// ends.
//
// Accepted: a request line `METHOD SP /origin-form-target SP HTTP/1.0|HTTP/1.1`, header lines
// `name: value` ending in CRLF, an empty line. Refused: bare LF or bare CR line ends (the
// server would read them differently), whitespace before a colon, obs-fold, control
// characters, an absolute-form or asterisk-form target, Content-Length that is not all
// digits or is given twice with different values (the same value twice is accepted),
// HTTP/1.1 without exactly one Host header, an Upgrade header.

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Conductor::HttpHead {

struct Head
{
    QByteArray method;
    QByteArray target;         // as sent
    QByteArray path;           // the target without its query
    qsizetype size = 0;        // the bytes of the head, its final empty line included
    qint64 contentLength = -1; // -1 when absent
    bool transferEncoding = false;
    bool expectContinue = false; // "Expect: 100-continue"
    bool http11 = false;
};

// Where the head in `data` ends (the index just past its CRLFCRLF), or -1 when it has not
// arrived yet.
[[nodiscard]] qsizetype headEnd(QByteArrayView data);

// Whether the bytes received so far already break the rules on line ends (a bare LF, or a
// CR followed by something other than LF), so that the head can be refused before it is
// complete.
[[nodiscard]] bool hasBareLineEnd(QByteArrayView data);

// Parses a complete head (up to and including its CRLFCRLF). On failure returns nothing and
// sets `problem` to an English sentence for the API client.
[[nodiscard]] std::optional<Head> parse(QByteArrayView head, const char **problem);

} // namespace Conductor::HttpHead

// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httphead_p.h"

namespace Conductor::HttpHead {

namespace {

// RFC 9110 tchar: the characters of a method and of a header name.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

// A field value may hold visible characters, spaces, tabs and bytes above 0x7f.
bool isFieldValue(QByteArrayView value)
{
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

// An origin-form target: a slash, then visible ASCII only (RFC 3986 wants the rest encoded).
bool isOriginForm(QByteArrayView target)
{
    if (target.isEmpty() || target.front() != '/')
        return false;
    for (char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isWhitespace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isWhitespace(text.back()))
        text.chop(1);
    return text;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// A Content-Length value: digits only, small enough for qint64.
std::optional<qint64> contentLength(QByteArrayView value)
{
    if (value.isEmpty() || value.size() > 18)
        return std::nullopt;
    qint64 result = 0;
    for (char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        result = result * 10 + (c - '0');
    }
    return result;
}

} // namespace

qsizetype headEnd(QByteArrayView data)
{
    const qsizetype at = data.indexOf(QByteArrayView("\r\n\r\n"));
    return at < 0 ? -1 : at + 4;
}

bool hasBareLineEnd(QByteArrayView data)
{
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\n' && (i == 0 || data[i - 1] != '\r'))
            return true;
        if (data[i] == '\r' && i + 1 < data.size() && data[i + 1] != '\n')
            return true;
    }
    return false;
}

std::optional<Head> parse(QByteArrayView head, const char **problem)
{
    const auto fail = [problem](const char *why) {
        *problem = why;
        return std::nullopt;
    };
    if (!head.endsWith(QByteArrayView("\r\n\r\n")))
        return fail("The request head is incomplete.");
    if (hasBareLineEnd(head))
        return fail("Lines must end with CRLF; a bare LF or CR was found.");

    Head result;
    result.size = head.size();
    QByteArrayView rest = head.first(head.size() - 2); // every line below ends with CRLF

    // The request line: exactly METHOD SP TARGET SP VERSION.
    qsizetype lineEnd = rest.indexOf(QByteArrayView("\r\n"));
    const QByteArrayView requestLine = rest.first(lineEnd);
    rest = rest.sliced(lineEnd + 2);
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : requestLine.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0 || requestLine.indexOf(' ', secondSpace + 1) >= 0)
        return fail("The request line must be: method, space, target, space, HTTP version.");
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(secondSpace + 1);
    if (!isToken(method))
        return fail("The request method is not a valid token.");
    if (!isOriginForm(target))
        return fail("The request target must be a path starting with a slash, in visible ASCII.");
    if (version == QByteArrayView("HTTP/1.1"))
        result.http11 = true;
    else if (version != QByteArrayView("HTTP/1.0"))
        return fail("Only HTTP/1.0 and HTTP/1.1 are supported.");
    result.method = method.toByteArray();
    result.target = target.toByteArray();
    const qsizetype query = target.indexOf('?');
    result.path = (query < 0 ? target : target.first(query)).toByteArray();

    int hosts = 0;
    while (!rest.isEmpty()) {
        lineEnd = rest.indexOf(QByteArrayView("\r\n"));
        const QByteArrayView line = rest.first(lineEnd);
        rest = rest.sliced(lineEnd + 2);
        if (line.isEmpty() || isWhitespace(line.front()))
            return fail("Folded header lines (starting with a space or tab) are not accepted.");
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return fail("A header line has no colon.");
        const QByteArrayView name = line.first(colon);
        if (!name.isEmpty() && isWhitespace(name.back()))
            return fail("A header name is followed by whitespace before its colon.");
        if (!isToken(name))
            return fail("A header name is not a valid token.");
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return fail("A header value holds control characters.");

        if (equalsIgnoringCase(name, "Content-Length")) {
            const std::optional<qint64> length = contentLength(value);
            if (!length)
                return fail("Content-Length must be a decimal number of digits only.");
            if (result.contentLength >= 0 && result.contentLength != *length)
                return fail("Content-Length is given more than once with different values.");
            result.contentLength = *length;
        } else if (equalsIgnoringCase(name, "Transfer-Encoding")) {
            result.transferEncoding = true;
        } else if (equalsIgnoringCase(name, "Expect")) {
            result.expectContinue = equalsIgnoringCase(value, "100-continue");
        } else if (equalsIgnoringCase(name, "Host")) {
            ++hosts;
        } else if (equalsIgnoringCase(name, "Upgrade")) {
            // Qt HTTP Server 6.4 would hand a WebSocket upgrade to a socket server nobody
            // serves, past every route.
            return fail("Protocol upgrades (WebSocket, HTTP/2) are not offered.");
        }
    }
    if (hosts > 1 || (result.http11 && hosts != 1))
        return fail("An HTTP/1.1 request needs exactly one Host header.");
    return result;
}

} // namespace Conductor::HttpHead
